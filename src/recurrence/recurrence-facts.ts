import { Injectable } from '@nestjs/common';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { requireRole } from '../kernel/access-policy';
import { AggregateNotFound } from '../kernel/domain-errors';
import { recommendationDecider } from '../recommendations/recommendation.decider';
import { RecurrenceCommand, recurrenceDecider } from './recurrence.decider';

/** Only coordinators link repeats; the recommendation must be recorded (404), and the facts say when both were proposed. */
@Injectable()
export class RecurrenceFacts implements CommandFacts<typeof recurrenceDecider> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async complete(command: SentCommand, _stream: unknown, context: CommandContext): Promise<RecurrenceCommand> {
    const { recommendationId, earlierId } = command.data as { recommendationId: string; earlierId: string };
    requireRole(context.actor, [], command.type === 'LinkRepeat' ? 'link a repeated recommendation' : 'unlink a repeated recommendation');
    const proposedAt = await this.proposedAt(recommendationId);
    if (proposedAt === null) throw new AggregateNotFound('recommendation', recommendationId);
    if (command.type === 'UnlinkRepeat') return { type: 'UnlinkRepeat', data: { recommendationId, earlierId } };
    const earlierProposedAt = earlierId === recommendationId ? proposedAt : await this.proposedAt(earlierId);
    return { type: 'LinkRepeat', data: { recommendationId, earlierId, proposedAt, earlierProposedAt } };
  }

  /** When it was proposed: the effective time of its first event; null when it was never recorded. */
  private async proposedAt(recommendationId: string): Promise<string | null> {
    const { history } = await this.repository.loadWithHistory(recommendationDecider, recommendationId);
    return history[0]?.metadata.effectiveAt ?? null;
  }
}
