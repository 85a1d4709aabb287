import { Module } from '@nestjs/common';
import { CommandFactsRegistry } from '../event-sourcing/decide';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ListTranslationsHandler, TranslationsOfHandler, TranslationsPositionHandler } from './queries/translations-of';
import { TranslationFacts } from './translation-facts';
import { TranslationReadModel } from './translation-read-model';
import { translationDecider } from './translation.decider';
import { TRANSLATION_EVENTS } from './translation.events';
import { TranslationsController } from './translations.controller';

/** Content in three languages (docs/translations.md): translations of recommendations' texts and forums' titles. */
@Module({
  controllers: [TranslationsController],
  providers: [TranslationFacts, TranslationReadModel, TranslationsOfHandler, ListTranslationsHandler, TranslationsPositionHandler],
})
export class TranslationsModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: TranslationFacts) {
    registry.register(...TRANSLATION_EVENTS);
    commandFacts.register(translationDecider, facts);
  }
}
