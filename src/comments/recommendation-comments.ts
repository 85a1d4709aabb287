import { Injectable } from '@nestjs/common';
import { NotKnown } from '../kernel/query-refusals';
import { Principal } from '../kernel/principal';
import { CommandContext, EventMetadata } from '../event-sourcing/event-metadata';
import { eventIdFor } from '../event-sourcing/event-ids';
import { StreamNotFoundError } from '../event-store/event-store.errors';
import { EventStore, RecordedEvent, positionToString } from '../event-store/event-store.port';
import { TrackerReadModel } from '../projections/tracker-read-model';
import { CommentKind, RECOMMENDATION_COMMENTED, commentsStreamOf } from './comment.events';

export interface Comment {
  id: string;
  kind: CommentKind;
  text: string;
  recordedAt: string;
  actor: Principal;
  position: string;
}

/** Comments and questions on a recommendation: who may see the recommendation may read them, and add one. */
@Injectable()
export class RecommendationComments {
  constructor(
    private readonly store: EventStore,
    private readonly tracker: TrackerReadModel,
  ) {}

  async add(recommendationId: string, comment: { kind: CommentKind; text: string }, context: CommandContext): Promise<Comment> {
    await this.requireVisible(recommendationId, context.actor);
    const stream = commentsStreamOf(recommendationId);
    const id = eventIdFor(context.commandId, stream, 0);
    // A retry with the same Idempotency-Key finds its comment instead of adding it twice.
    const earlier = (await this.read(stream)).find((event) => event.id === id);
    if (earlier) return toComment(earlier);
    const now = new Date().toISOString();
    const metadata: EventMetadata = {
      actor: context.actor,
      recordedAt: now,
      effectiveAt: now,
      commandId: context.commandId,
      commandType: 'CommentOnRecommendation',
      correlationId: context.correlationId,
      causationId: context.causationId,
      schemaVersion: 1,
    };
    const data = { recommendationId, kind: comment.kind, text: comment.text.trim() };
    await this.store.appendToStream(stream, [{ id, type: RECOMMENDATION_COMMENTED, data, metadata: { ...metadata } }], 'any');
    const recorded = (await this.read(stream)).find((event) => event.id === id) as RecordedEvent;
    return toComment(recorded);
  }

  async list(recommendationId: string, actor: Principal): Promise<Comment[]> {
    await this.requireVisible(recommendationId, actor);
    return (await this.read(commentsStreamOf(recommendationId))).filter((e) => e.type === RECOMMENDATION_COMMENTED).map(toComment);
  }

  private async requireVisible(recommendationId: string, actor: Principal): Promise<void> {
    const db = await this.tracker.reader({});
    if (!db.prepare('SELECT 1 FROM recommendations WHERE id = ?').get(recommendationId)) {
      throw new NotKnown(`no recommendation ${recommendationId}`);
    }
    this.tracker.requireInPortfolio(db, actor, recommendationId);
  }

  private async read(stream: string): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(stream);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }
}

function toComment(event: RecordedEvent): Comment {
  const data = event.data as { kind: CommentKind; text: string };
  const metadata = event.metadata as unknown as EventMetadata;
  return { id: event.id, kind: data.kind, text: data.text, recordedAt: metadata.recordedAt, actor: metadata.actor, position: positionToString(event.position) };
}
