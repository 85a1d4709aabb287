import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ListVocabulariesHandler } from './queries/list-vocabularies';
import { Vocabularies } from './vocabularies';
import { VocabulariesController } from './vocabularies.controller';
import { VocabularyReadModel } from './vocabulary-read-model';
import { VOCABULARY_EVENTS } from './vocabulary.events';

/** Controlled vocabularies (docs/vocabularies.md): themes, regions, SDG targets, CEDAW areas and mechanisms. */
@Module({
  controllers: [VocabulariesController],
  providers: [VocabularyReadModel, Vocabularies, ListVocabulariesHandler],
  exports: [Vocabularies],
})
export class VocabulariesModule {
  constructor(registry: EventRegistry) {
    registry.register(...VOCABULARY_EVENTS);
  }
}
