import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { acceptedEncoding } from '../http/accepted-encoding';
import { Public } from '../http/auth.decorators';
import type { BundledFile, WebBundle } from './web-bundle';
import { WEB_CONTENT_SECURITY_POLICY } from './web-page';

export const WEB_BUNDLE = Symbol('WebBundle');
const A_YEAR = 365 * 86_400;

/** The web interface, served by the app itself at `/`; pages are hash routes, so no API path is shadowed. */
@ApiExcludeController()
@Controller()
export class WebController {
  constructor(@Inject(WEB_BUNDLE) private readonly bundle: WebBundle) {}

  @Get()
  @Public()
  page(@Req() request: FastifyRequest, @Res() response: FastifyReply): void {
    response.header('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
    // The page is small and names the current bundle: asked again each time, answered 304 when unchanged.
    send(request, response, this.bundle.page, 'no-cache');
  }

  @Get('ui/:file')
  @Public()
  file(@Param('file') name: string, @Req() request: FastifyRequest, @Res() response: FastifyReply): void {
    const file = this.bundle.files.get(name);
    if (!file) throw new NotFoundException(`no such file: /ui/${name}`);
    send(request, response, file, `public, max-age=${A_YEAR}, immutable`);
  }
}

/** Answers the encoding the browser prefers among brotli, gzip and none, or 304 when it has this version. */
function send(request: FastifyRequest, response: FastifyReply, file: BundledFile, cacheControl: string): void {
  response.header('Cache-Control', cacheControl);
  response.header('Vary', 'Accept-Encoding');
  response.header('ETag', file.etag);
  response.type(file.type);
  if (request.headers['if-none-match'] === file.etag) {
    void response.code(304).send();
    return;
  }
  const encoding = acceptedEncoding(request.headers['accept-encoding'], ['br', 'gzip', 'identity']);
  const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.identity;
  // A browser that takes neither gets the file as it is, and the compression of answers finds nothing it takes either.
  if (encoding === 'br' || encoding === 'gzip') response.header('Content-Encoding', encoding);
  void response.send(body);
}
