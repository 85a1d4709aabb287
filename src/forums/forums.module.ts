import { CommandFactsRegistry } from '../event-sourcing/decide';
import { ForumFacts } from './forum-facts';
import { forumDecider } from './forum.decider';
import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { FactsLookup } from './facts.lookup';
import { FORUM_EVENTS } from './forum.events';
import { ForumsController } from './forums.controller';
import { GetForumHandler } from './queries/get-forum';

@Module({
  controllers: [ForumsController],
  providers: [FactsLookup, ForumFacts, GetForumHandler],
  exports: [FactsLookup],
})
export class ForumsModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: ForumFacts) {
    registry.register(...FORUM_EVENTS);
    commandFacts.register(forumDecider, facts);
  }
}
