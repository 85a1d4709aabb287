import { Module } from '@nestjs/common';
import { CommandFactsRegistry } from '../event-sourcing/decide';
import { EventRegistry } from '../event-sourcing/event-registry';
import { RecurrenceController } from './recurrence.controller';
import { RecurrenceFacts } from './recurrence-facts';
import { RecurrenceReadModel } from './recurrence-read-model';
import { recurrenceDecider } from './recurrence.decider';
import { RECURRENCE_EVENTS } from './recurrence.events';
import { RecurringRecommendations } from './recurring-recommendations';

/** Recurring recommendations (docs/recurrence.md): links between repeats, their clusters, and likely repeats. */
@Module({
  controllers: [RecurrenceController],
  providers: [RecurrenceFacts, RecurrenceReadModel, RecurringRecommendations],
})
export class RecurrenceModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: RecurrenceFacts) {
    registry.register(...RECURRENCE_EVENTS);
    commandFacts.register(recurrenceDecider, facts);
  }
}
