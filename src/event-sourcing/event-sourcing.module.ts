import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CommandFactsRegistry, DecideHandler } from './decide';
import { EventRegistry } from './event-registry';
import { EventSourcedRepository } from './event-sourced-repository';

@Global()
@Module({
  imports: [CqrsModule],
  providers: [EventRegistry, EventSourcedRepository, CommandFactsRegistry, DecideHandler],
  exports: [EventRegistry, EventSourcedRepository, CommandFactsRegistry],
})
export class EventSourcingModule {}
