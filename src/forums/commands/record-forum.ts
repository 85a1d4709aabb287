import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { commandTimeOf } from '../../kernel/command-time';
import { FactsLookup } from '../facts.lookup';
import { requireCoordinator } from '../forum-access';
import { forumDecider } from '../forum.decider';
import { ForumDetails } from '../forum.events';
import { referencedOrganisations } from './referenced-organisations';

export class RecordForum extends Command<CommandResult> {
  constructor(
    readonly details: ForumDetails,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordForum)
export class RecordForumHandler implements ICommandHandler<RecordForum> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ details, context }: RecordForum): Promise<CommandResult> {
    requireCoordinator(context.actor, 'record a forum');
    const forumId = newAggregateIdFor(context, 'forum');
    const organisations = await this.lookup.organisations(referencedOrganisations(details));
    const facts = { organisations, time: commandTimeOf(context) };
    return this.repository.execute(forumDecider, forumId, context, 'RecordForum', () => ({ type: 'RecordForum', data: { forumId, ...details }, facts }), {
      creates: true,
    });
  }
}
