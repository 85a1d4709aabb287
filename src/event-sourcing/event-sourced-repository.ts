import { Injectable } from '@nestjs/common';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store/event-store.errors';
import { EventStore, Position, RecordedEvent, positionToString } from '../event-store/event-store.port';
import { AggregateNotFound, ConcurrentChange, IdempotencyKeyReused } from '../kernel/domain-errors';
import { AnyDecider } from './decider';
import { DomainEvent } from './domain-event';
import { eventIdFor } from './event-ids';
import { CommandContext, EventMetadata } from './event-metadata';
import { EventRegistry } from './event-registry';
import { EventStream } from './event-stream';
import { StreamCache } from './stream-cache';

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

/** The command for the decider, completed on the stream as loaded (who may act checked, facts added). */
export type CommandOn<D extends AnyDecider> = (stream: EventStream<D>) => Parameters<D['decide']>[0] | Promise<Parameters<D['decide']>[0]>;

/** Retries against a newer revision when the caller did not pin one with If-Match. */
const ATTEMPTS_WITHOUT_PRECONDITION = 3;

/** Loads a decider's stream, lets a command decide on it and appends what it decided with the expected revision. */
@Injectable()
export class EventSourcedRepository {
  private readonly cache = new StreamCache();

  constructor(
    private readonly store: EventStore,
    private readonly registry: EventRegistry,
  ) {}

  /** The stream as it stands: from its cached state, plus whatever was appended since. */
  async load<D extends AnyDecider>(decider: D, id: string): Promise<EventStream<D>> {
    const stream = new EventStream(decider, id);
    const cached = this.cache.get(stream.streamId);
    const newer = await this.readStreamIfAny(stream.streamId, cached ? cached.revision + 1n : 0n);
    if (cached) {
      stream.state = cached.state;
      stream.revision = cached.revision;
      stream.recordedCommands = cached.commands;
    }
    if (newer.length > 0) {
      this.replay(stream, newer);
      this.cache.set(stream.streamId, { state: stream.state, revision: stream.revision as bigint, commands: stream.recordedCommands });
    }
    return stream;
  }

  async loadExisting<D extends AnyDecider>(decider: D, id: string): Promise<EventStream<D>> {
    const stream = await this.load(decider, id);
    if (!stream.exists) throw new AggregateNotFound(stream.kind, id);
    return stream;
  }

  async loadWithHistory<D extends AnyDecider>(decider: D, id: string): Promise<{ aggregate: EventStream<D>; history: HistoryEntry[] }> {
    const stream = new EventStream(decider, id);
    const events = await this.readStreamIfAny(stream.streamId, 0n);
    this.replay(stream, events);
    return { aggregate: stream, history: events.map(toHistoryEntry) };
  }

  private revive(recorded: RecordedEvent): DomainEvent {
    const event = this.registry.revive(recorded.type, recorded.data);
    event.effectiveAt = (recorded.metadata as unknown as EventMetadata).effectiveAt;
    return event;
  }

  private replay(stream: EventStream<AnyDecider>, events: RecordedEvent[]): void {
    for (const recorded of events) {
      stream.state = stream.decider.evolve(stream.state, this.revive(recorded));
      const metadata = recorded.metadata as unknown as EventMetadata;
      stream.recordedCommands.set(metadata.commandId, {
        commandType: metadata.commandType,
        requestHash: metadata.requestHash,
        revision: recorded.revision,
        position: positionToString(recorded.position),
      });
    }
    if (events.length > 0) stream.revision = events[events.length - 1].revision;
  }

  /**
   * Runs a command: load the stream, answer a retry as the first time, complete the command (where who may
   * act is checked: before the caller's revision, which a 412 would tell), check that revision, let the
   * decider decide, and append with the expected revision (again from the top when someone else appended first).
   */
  async execute<D extends AnyDecider>(
    decider: D,
    id: string,
    context: CommandContext,
    commandType: string,
    command: NoInfer<CommandOn<D>>,
    options: { creates?: boolean } = {},
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const stream = await this.load(decider, id);
      const replay = this.replayOf(stream, context, commandType);
      if (replay) return replay;
      if (!options.creates && !stream.exists) throw new AggregateNotFound(stream.kind, id);
      const completed = await command(stream);
      this.checkPrecondition(stream, context);
      const events = decider.decide(completed, stream.state);
      try {
        return await this.append(stream, events, context, commandType);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        const pinned = context.expectedRevision !== undefined;
        if (pinned || attempt >= ATTEMPTS_WITHOUT_PRECONDITION) {
          const actual = typeof error.actual === 'bigint' ? error.actual : null;
          throw new ConcurrentChange(stream.kind, id, stream.revision ?? -1n, actual, pinned);
        }
      }
    }
  }

  /**
   * The first result of a command sent again with its Idempotency-Key, if the stream holds it; for a handler
   * that must know before it writes anywhere else (creating an account reserves its e-mail first).
   */
  async replayIfRecorded(decider: AnyDecider, id: string, context: CommandContext, commandType: string): Promise<CommandResult | undefined> {
    if (!context.idempotent) return undefined;
    return this.replayOf(await this.load(decider, id), context, commandType);
  }

  private replayOf(stream: EventStream<AnyDecider>, context: CommandContext, commandType: string): CommandResult | undefined {
    if (!context.idempotent) return undefined;
    const recorded = stream.recordedCommands.get(context.commandId);
    if (!recorded) return undefined;
    if (recorded.commandType !== commandType) throw new IdempotencyKeyReused(context.commandId, recorded.commandType);
    if (recorded.requestHash !== context.requestHash) {
      throw new IdempotencyKeyReused(context.commandId, recorded.commandType, `another ${recorded.commandType} request (a different body or target)`);
    }
    const [commit, prepare] = recorded.position.split('/').map(BigInt);
    return { id: stream.id, revision: recorded.revision, position: { commit, prepare }, replayed: true };
  }

  private checkPrecondition(stream: EventStream<AnyDecider>, context: CommandContext): void {
    const expected = context.expectedRevision;
    if (expected !== undefined && expected !== stream.revision) {
      throw new ConcurrentChange(stream.kind, stream.id, expected, stream.revision, true);
    }
  }

  private async append(stream: EventStream<AnyDecider>, events: DomainEvent[], context: CommandContext, commandType: string): Promise<CommandResult> {
    if (events.length === 0) {
      return { id: stream.id, revision: stream.revision ?? -1n, position: { commit: 0n, prepare: 0n }, replayed: false };
    }
    const recordedAt = new Date().toISOString();
    const stored = events.map((event, index) => {
      const metadata = this.metadataFor(context, commandType, event.type, recordedAt);
      event.effectiveAt = metadata.effectiveAt;
      return {
        id: eventIdFor(context.commandId, stream.streamId, index),
        type: event.type,
        data: event.data as Record<string, unknown>,
        metadata: { ...metadata },
      };
    });
    const result = await this.store.appendToStream(stream.streamId, stored, stream.revision ?? 'no_stream');
    for (const event of events) stream.state = stream.decider.evolve(stream.state, event);
    stream.revision = result.nextExpectedRevision;
    if (!context.idempotent) this.remember(stream, context, commandType, result.position);
    return { id: stream.id, revision: result.nextExpectedRevision, position: result.position, replayed: false };
  }

  /**
   * Keeps the state the command left, so the next command on the stream need not read back these events.
   * Only without an Idempotency-Key: the command id (so the event ids) is then new to this request, and the
   * events at these revisions are exactly the ones decided here. With a key, a duplicate request may have
   * written them, decided on another state; the next load reads them from the store.
   */
  private remember(stream: EventStream<AnyDecider>, context: CommandContext, commandType: string, position: Position): void {
    const revision = stream.revision as bigint;
    stream.recordedCommands.set(context.commandId, { commandType, requestHash: context.requestHash, revision, position: positionToString(position) });
    this.cache.set(stream.streamId, { state: stream.state, revision, commands: stream.recordedCommands });
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
