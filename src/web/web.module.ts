import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { WEB_BUNDLE, WebController } from './web.controller';
import { webBundle } from './web-bundle';
import { webPage } from './web-page';

/** Where the browser code lives: beside this file in src/, copied beside it into dist/ by the build. */
const PUBLIC_DIRECTORY = join(__dirname, 'public');

/** The web interface for coordinators, stakeholders and donors (see docs/web.md), bundled when the app starts. */
@Module({
  controllers: [WebController],
  providers: [{ provide: WEB_BUNDLE, useFactory: () => webBundle(PUBLIC_DIRECTORY, webPage) }],
})
export class WebModule {}
