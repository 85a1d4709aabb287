import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { CorrectForumDetailsHandler } from './commands/correct-forum-details';
import { RecordForumHandler } from './commands/record-forum';
import { FactsLookup } from './facts.lookup';
import { FORUM_EVENTS } from './forum.events';
import { ForumsController } from './forums.controller';
import { GetForumHandler } from './queries/get-forum';

@Module({
  controllers: [ForumsController],
  providers: [FactsLookup, RecordForumHandler, CorrectForumDetailsHandler, GetForumHandler],
  exports: [FactsLookup],
})
export class ForumsModule {
  constructor(registry: EventRegistry) {
    registry.register(...FORUM_EVENTS);
  }
}
