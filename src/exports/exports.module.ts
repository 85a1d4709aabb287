import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';

/** Exports of the web interface's lists: they ask the lists' own queries, so they see what the lists show. */
@Module({ controllers: [ExportsController] })
export class ExportsModule {}
