import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventRegistry } from './event-registry';
import { EventSourcedRepository } from './event-sourced-repository';

@Global()
@Module({
  imports: [CqrsModule],
  providers: [EventRegistry, EventSourcedRepository],
  exports: [EventRegistry, EventSourcedRepository],
})
export class EventSourcingModule {}
