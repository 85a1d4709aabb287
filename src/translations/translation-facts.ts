import { Injectable } from '@nestjs/common';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { forumDecider } from '../forums/forum.decider';
import { requireRole } from '../kernel/access-policy';
import { recommendationDecider } from '../recommendations/recommendation.decider';
import { TranslationCommand, translationDecider } from './translation.decider';

/** Only coordinators translate, and only a recommendation or forum that is recorded (404 otherwise). */
@Injectable()
export class TranslationFacts implements CommandFacts<typeof translationDecider> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async complete(command: SentCommand, _stream: unknown, context: CommandContext): Promise<TranslationCommand> {
    const sent = command as TranslationCommand;
    if (sent.type === 'TranslateRecommendationText') {
      requireRole(context.actor, [], "translate a recommendation's text");
      await this.repository.loadExisting(recommendationDecider, sent.data.recommendationId);
    } else {
      requireRole(context.actor, [], "translate a forum's title");
      await this.repository.loadExisting(forumDecider, sent.data.forumId);
    }
    return sent;
  }
}
