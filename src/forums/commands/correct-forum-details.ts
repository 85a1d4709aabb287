import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { commandTimeOf } from '../../kernel/command-time';
import { FactsLookup } from '../facts.lookup';
import { requireCoordinator } from '../forum-access';
import { forumDecider } from '../forum.decider';
import { ForumDetails } from '../forum.events';
import { referencedOrganisations } from './referenced-organisations';

export class CorrectForumDetails extends Command<CommandResult> {
  constructor(
    readonly forumId: string,
    readonly changes: Partial<ForumDetails>,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CorrectForumDetails)
export class CorrectForumDetailsHandler implements ICommandHandler<CorrectForumDetails> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ forumId, changes, reason, context }: CorrectForumDetails): Promise<CommandResult> {
    requireCoordinator(context.actor, "correct a forum's details");
    const organisations = await this.lookup.organisations(referencedOrganisations(changes));
    const facts = { organisations, time: commandTimeOf(context) };
    return this.repository.execute(forumDecider, forumId, context, 'CorrectForumDetails', () => ({
      type: 'CorrectForumDetails',
      data: { forumId, changes, reason },
      facts,
    }));
  }
}
