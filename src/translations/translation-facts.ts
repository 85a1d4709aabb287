import { Injectable } from '@nestjs/common';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { forumDecider } from '../forums/forum.decider';
import { requireOwnOrganisation, requireRole } from '../kernel/access-policy';
import { recommendationDecider } from '../recommendations/recommendation.decider';
import { TranslationCommand, translationDecider } from './translation.decider';

/**
 * Coordinators translate; a stakeholder of the organisation responsible for a recommendation also translates its text.
 * Only what is recorded is translated (404 otherwise).
 */
@Injectable()
export class TranslationFacts implements CommandFacts<typeof translationDecider> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async complete(command: SentCommand, _stream: unknown, context: CommandContext): Promise<TranslationCommand> {
    const sent = command as TranslationCommand;
    if (sent.type === 'TranslateRecommendationText') {
      const action = "translate a recommendation's text";
      requireRole(context.actor, ['stakeholder'], action);
      const recommendation = await this.repository.loadExisting(recommendationDecider, sent.data.recommendationId);
      if (context.actor.role === 'stakeholder') requireOwnOrganisation(context.actor, recommendation.state.responsibleOrganisationId, action);
    } else {
      requireRole(context.actor, [], "translate a forum's title");
      await this.repository.loadExisting(forumDecider, sent.data.forumId);
    }
    return sent;
  }
}
