import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { WEB_BUNDLE, WebController } from './web.controller';
import { readWebBundle, webBundle } from './web-bundle';
import { webPage } from './web-page';

/** Where the browser code lives: beside this file in src/, copied beside it into dist/ by the build. */
const PUBLIC_DIRECTORY = join(__dirname, 'public');
/** Where the build leaves the bundle (dist/web/bundle); absent under ts-node and in the tests. */
const BUNDLE_DIRECTORY = join(__dirname, 'bundle');

/** The web interface for coordinators, stakeholders and donors (see docs/web.md): bundled by the build, or at start. */
@Module({
  controllers: [WebController],
  providers: [{ provide: WEB_BUNDLE, useFactory: () => readWebBundle(BUNDLE_DIRECTORY) ?? webBundle(PUBLIC_DIRECTORY, webPage) }],
})
export class WebModule {}
