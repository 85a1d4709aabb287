import { Injectable } from '@nestjs/common';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { commandTimeOf } from '../kernel/command-time';
import { referencedOrganisations } from './commands/referenced-organisations';
import { FactsLookup } from './facts.lookup';
import { requireCoordinator } from './forum-access';
import { ForumCommand, forumDecider } from './forum.decider';
import { ForumDetails } from './forum.events';

const ACTION: Record<ForumCommand['type'], string> = { RecordForum: 'record a forum', CorrectForumDetails: "correct a forum's details" };

/** Forums are recorded and corrected by coordinators; the decider needs the facts of the organisations they name. */
@Injectable()
export class ForumFacts implements CommandFacts<typeof forumDecider> {
  constructor(private readonly lookup: FactsLookup) {}

  async complete(command: SentCommand, _stream: unknown, context: CommandContext): Promise<ForumCommand> {
    const sent = command as Omit<ForumCommand, 'facts'>;
    requireCoordinator(context.actor, ACTION[sent.type]);
    const details: Partial<ForumDetails> =
      sent.type === 'RecordForum' ? (sent.data as ForumDetails) : (sent.data as { changes: Partial<ForumDetails> }).changes;
    const organisations = await this.lookup.organisations(referencedOrganisations(details));
    return { ...command, facts: { organisations, time: commandTimeOf(context) } } as ForumCommand;
  }
}
