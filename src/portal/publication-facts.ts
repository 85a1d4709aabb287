import { Injectable } from '@nestjs/common';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { FactsLookup } from '../forums/facts.lookup';
import { requireRole } from '../kernel/access-policy';
import { PublicationCommand, publicationDecider } from './publication.decider';

/** Only coordinators publish, and only a forum that is recorded (404 otherwise). */
@Injectable()
export class PublicationFacts implements CommandFacts<typeof publicationDecider> {
  constructor(private readonly lookup: FactsLookup) {}

  async complete(command: SentCommand, _stream: unknown, context: CommandContext): Promise<PublicationCommand> {
    const sent = command as PublicationCommand;
    requireRole(context.actor, [], sent.type === 'PublishForum' ? 'publish a forum' : 'unpublish a forum');
    await this.lookup.forum(sent.data.forumId);
    return sent;
  }
}
