import { Module } from '@nestjs/common';
import { Imports } from './imports';
import { ImportsController } from './imports.controller';
import { RecordedTrackerReader } from './recorded-tracker';
import { VocabulariesModule } from '../vocabularies/vocabularies.module';

@Module({ imports: [VocabulariesModule], controllers: [ImportsController], providers: [Imports, RecordedTrackerReader], exports: [Imports] })
export class ImportsModule {}
