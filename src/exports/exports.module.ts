import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';

/** Exports of the web interface's lists: they ask the lists' own queries, so they see what the lists show. */
@Module({ imports: [VocabulariesModule], controllers: [ExportsController] })
export class ExportsModule {}
