import { Module } from '@nestjs/common';
import { WebController } from './web.controller';

/** The web interface for coordinators, stakeholders and donors (see docs/web.md). */
@Module({ controllers: [WebController] })
export class WebModule {}
