import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { Public } from '../auth/auth.decorators';
import { VENDOR_FILES, WEB_CONTENT_SECURITY_POLICY, WEB_PAGE } from './web-page';

/** Where the browser code lives: beside this file in src/, copied beside it into dist/ by the build. */
const PUBLIC_DIRECTORY = join(__dirname, 'public');

/** The web interface, served by the app itself at `/`; pages are hash routes, so no API path is shadowed. */
@ApiExcludeController()
@Controller()
export class WebController {
  @Get()
  @Public()
  page(@Res() response: Response): void {
    response.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(WEB_PAGE);
  }

  @Get('ui/vendor/:name')
  @Public()
  vendor(@Param('name') name: string, @Res() response: Response): void {
    const vendored = Object.hasOwn(VENDOR_FILES, name) ? VENDOR_FILES[name] : undefined;
    if (!vendored) throw new NotFoundException(`no such file: /ui/vendor/${name}`);
    response.sendFile(vendored.file, { root: vendored.directory, headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
  }

  @Get('ui/*file')
  @Public()
  file(@Req() request: Request, @Res() response: Response): void {
    const file = ([] as string[]).concat((request.params as Record<string, string | string[]>).file).join('/');
    // sendFile with a root refuses paths that climb out of it.
    response.sendFile(file, { root: PUBLIC_DIRECTORY, dotfiles: 'deny', headers: { 'Cache-Control': 'no-cache' } }, (error) => {
      if (error && !response.headersSent) response.status(404).json({ statusCode: 404, message: `no such file: /ui/${file}` });
    });
  }
}
