import { Injectable } from '@nestjs/common';
import { EventPublisher } from '@nestjs/cqrs';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store/event-store.errors';
import { EventStore, Position, RecordedEvent, positionToString } from '../event-store/event-store.port';
import { DomainEvent } from './domain-event';
import { AggregateNotFound, ConcurrentChange, IdempotencyKeyReused } from './domain-errors';
import { eventIdFor } from './event-ids';
import { CommandContext, EventMetadata } from './event-metadata';
import { EventRegistry } from './event-registry';
import { EventSourcedAggregate } from './event-sourced-aggregate';
import { StreamCache } from './stream-cache';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAggregate = EventSourcedAggregate<any, DomainEvent, any>;
export type AggregateFactory<A extends AnyAggregate> = (id: string) => A;

export interface CommandResult {
  id: string;
  /** The stream revision after the command: the next ETag. */
  revision: bigint;
  /** The global position of the command's last event, for read-your-writes. */
  position: Position;
  /** True when an Idempotency-Key retry was answered from the first execution. */
  replayed: boolean;
}

export interface HistoryEntry {
  revision: string;
  position: string;
  type: string;
  data: object;
  metadata: EventMetadata;
}

/** Retries against a newer revision when the caller did not pin one with If-Match. */
const ATTEMPTS_WITHOUT_PRECONDITION = 3;

/** Loads aggregates from their streams and saves what they decided with the expected revision. */
@Injectable()
export class EventSourcedRepository {
  private readonly cache = new StreamCache();

  constructor(
    private readonly store: EventStore,
    private readonly registry: EventRegistry,
    private readonly publisher: EventPublisher,
  ) {}

  /** The aggregate as its stream stands: from the cached state of its stream, plus whatever was appended since. */
  async load<A extends AnyAggregate>(create: AggregateFactory<A>, id: string): Promise<A> {
    const aggregate = create(id);
    const cached = this.cache.get(aggregate.streamId);
    const newer = await this.readStreamIfAny(aggregate.streamId, cached ? cached.revision + 1n : 0n);
    if (cached) {
      aggregate.state = cached.state;
      aggregate.revision = cached.revision;
      aggregate.recordedCommands = cached.commands;
    }
    if (newer.length > 0) {
      this.replay(aggregate, newer);
      this.cache.set(aggregate.streamId, {
        state: aggregate.state,
        revision: aggregate.revision as bigint,
        commands: aggregate.recordedCommands,
      });
    }
    return aggregate;
  }

  async loadExisting<A extends AnyAggregate>(create: AggregateFactory<A>, id: string): Promise<A> {
    const aggregate = await this.load(create, id);
    if (!aggregate.exists) throw new AggregateNotFound(aggregate.kind, id);
    return aggregate;
  }

  async loadWithHistory<A extends AnyAggregate>(create: AggregateFactory<A>, id: string): Promise<{ aggregate: A; history: HistoryEntry[] }> {
    const aggregate = create(id);
    const events = await this.readStreamIfAny(aggregate.streamId, 0n);
    this.replay(aggregate, events);
    return { aggregate, history: events.map(toHistoryEntry) };
  }

  private revive(recorded: RecordedEvent): DomainEvent {
    const event = this.registry.revive(recorded.type, recorded.data);
    event.effectiveAt = (recorded.metadata as unknown as EventMetadata).effectiveAt;
    return event;
  }

  private replay(aggregate: AnyAggregate, events: RecordedEvent[]): void {
    aggregate.loadFromHistory(events.map((e) => this.revive(e)));
    for (const event of events) {
      const metadata = event.metadata as unknown as EventMetadata;
      aggregate.recordedCommands.set(metadata.commandId, {
        commandType: metadata.commandType,
        requestHash: metadata.requestHash,
        revision: event.revision,
        position: positionToString(event.position),
      });
    }
    if (events.length > 0) aggregate.revision = events[events.length - 1].revision;
  }

  /**
   * Runs a command against an aggregate: load, check the caller's revision, decide, save with
   * the expected revision, and only then publish. `act` decides by calling `aggregate.execute`.
   */
  async execute<A extends AnyAggregate>(
    create: AggregateFactory<A>,
    id: string,
    context: CommandContext,
    commandType: string,
    act: (aggregate: A) => unknown,
    options: { creates?: boolean } = {},
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const aggregate = await this.load(create, id);
      const replay = this.replayOf(aggregate, context, commandType);
      if (replay) return replay;
      if (!options.creates && !aggregate.exists) throw new AggregateNotFound(aggregate.kind, id);
      this.checkPrecondition(aggregate, context);
      await act(aggregate);
      try {
        return await this.save(aggregate, context, commandType);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        const pinned = context.expectedRevision !== undefined;
        if (pinned || attempt >= ATTEMPTS_WITHOUT_PRECONDITION) {
          const actual = typeof error.actual === 'bigint' ? error.actual : null;
          throw new ConcurrentChange(aggregate.kind, id, aggregate.revision ?? -1n, actual, pinned);
        }
      }
    }
  }

  /**
   * The first result of a command sent again with its Idempotency-Key, if the stream holds it; for a handler
   * that must know before it writes anywhere else (creating an account reserves its e-mail first).
   */
  async replayIfRecorded<A extends AnyAggregate>(
    create: AggregateFactory<A>,
    id: string,
    context: CommandContext,
    commandType: string,
  ): Promise<CommandResult | undefined> {
    if (!context.idempotent) return undefined;
    return this.replayOf(await this.load(create, id), context, commandType);
  }

  private replayOf(aggregate: AnyAggregate, context: CommandContext, commandType: string): CommandResult | undefined {
    if (!context.idempotent) return undefined;
    const recorded = aggregate.recordedCommands.get(context.commandId);
    if (!recorded) return undefined;
    if (recorded.commandType !== commandType) throw new IdempotencyKeyReused(context.commandId, recorded.commandType);
    if (recorded.requestHash !== context.requestHash) {
      throw new IdempotencyKeyReused(context.commandId, recorded.commandType, `another ${recorded.commandType} request (a different body or target)`);
    }
    const [commit, prepare] = recorded.position.split('/').map(BigInt);
    return { id: aggregate.id, revision: recorded.revision, position: { commit, prepare }, replayed: true };
  }

  private checkPrecondition(aggregate: AnyAggregate, context: CommandContext): void {
    const expected = context.expectedRevision;
    if (expected !== undefined && expected !== aggregate.revision) {
      throw new ConcurrentChange(aggregate.kind, aggregate.id, expected, aggregate.revision, true);
    }
  }

  private async save(aggregate: AnyAggregate, context: CommandContext, commandType: string): Promise<CommandResult> {
    const events = aggregate.getUncommittedEvents();
    if (events.length === 0) {
      return { id: aggregate.id, revision: aggregate.revision ?? -1n, position: { commit: 0n, prepare: 0n }, replayed: false };
    }
    const recordedAt = new Date().toISOString();
    const result = await this.store.appendToStream(
      aggregate.streamId,
      events.map((event, index) => ({
        id: eventIdFor(context.commandId, aggregate.streamId, index),
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: { ...this.metadataFor(context, commandType, event.type, recordedAt) },
      })),
      aggregate.revision ?? 'no_stream',
    );
    aggregate.revision = result.nextExpectedRevision;
    if (!context.idempotent) this.remember(aggregate, context, commandType, result.position);
    this.publisher.mergeObjectContext(aggregate).commit();
    return { id: aggregate.id, revision: result.nextExpectedRevision, position: result.position, replayed: false };
  }

  /**
   * Keeps the state the command left, so the next command on the stream need not read back these events.
   * Only without an Idempotency-Key: the command id (so the event ids) is then new to this request, and the
   * events at these revisions are exactly the ones decided here. With a key, a duplicate request may have
   * written them, decided on another state; the next load reads them from the store.
   */
  private remember(aggregate: AnyAggregate, context: CommandContext, commandType: string, position: Position): void {
    const revision = aggregate.revision as bigint;
    aggregate.recordedCommands.set(context.commandId, { commandType, requestHash: context.requestHash, revision, position: positionToString(position) });
    this.cache.set(aggregate.streamId, { state: aggregate.state, revision, commands: aggregate.recordedCommands });
  }

  private metadataFor(context: CommandContext, commandType: string, eventType: string, recordedAt: string): EventMetadata {
    return {
      actor: context.actor,
      recordedAt,
      effectiveAt: (context.effectiveAt ?? new Date(recordedAt)).toISOString(),
      commandId: context.commandId,
      commandType,
      correlationId: context.correlationId,
      causationId: context.causationId,
      schemaVersion: this.registry.schemaVersionOf(eventType),
      ...(context.requestHash ? { requestHash: context.requestHash } : {}),
    };
  }

  private async readStreamIfAny(streamId: string, fromRevision: bigint): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(streamId, { fromRevision });
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }
}

function toHistoryEntry(event: RecordedEvent): HistoryEntry {
  return {
    revision: event.revision.toString(),
    position: positionToString(event.position),
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
  };
}
