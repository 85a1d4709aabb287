/**
 * The event-store port. It has EventStoreDB's semantics so that the embedded
 * SQLite store and EventStoreDB are interchangeable behind it.
 */

/** A global log position. EventStoreDB has two parts; the embedded store uses the same number for both. */
export interface Position {
  commit: bigint;
  prepare: bigint;
}

export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface EventToAppend {
  /** A UUID. Appending the same ids again at the same revision is an idempotent success. */
  id: string;
  type: string;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export interface RecordedEvent {
  id: string;
  type: string;
  streamId: string;
  /** Zero-based revision of the event within its stream. */
  revision: bigint;
  position: Position;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  /** When the store recorded the event. */
  created: Date;
}

export interface AppendResult {
  /** The revision of the last event written: pass it as the expected revision of the next append. */
  nextExpectedRevision: bigint;
  /** The global position of the last event written. */
  position: Position;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint | 'start' | 'end';
  maxCount?: number;
}

export interface ReadAllOptions {
  direction?: Direction;
  /**
   * As in EventStoreDB (its AllReader): forwards the event at this position is included, backwards it is
   * not (a backwards read returns the events before it). Defaults to the start (forwards) or the end (backwards).
   */
  fromPosition?: Position | 'start' | 'end';
  maxCount?: number;
}

export interface SubscribeToAllOptions {
  /** Exclusive: the subscription delivers the events after this checkpoint. */
  fromPosition: Position | 'start';
  /** Only events whose stream name starts with one of these prefixes. */
  streamNamePrefixes?: string[];
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** Sent once, when the history has been delivered and what follows is live. */
  | { kind: 'caught-up' }
  /**
   * The store has looked at the log up to this position: no event of the subscription lies between the last
   * message and it, so a consumer may keep it as its checkpoint. Optional (EventStoreDB's filtered subscriptions
   * send them; the embedded store does not), always in order with the events and growing.
   */
  | { kind: 'checkpoint'; position: Position };

/** A catch-up subscription. Iterate it with `for await`; `close()` ends the iteration. */
export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  close(): Promise<void>;
}

export interface EventStoreHealth {
  up: boolean;
  adapter: 'embedded' | 'eventstoredb';
  details: Record<string, unknown>;
}

/** The port itself. Abstract class rather than interface so it can be a Nest injection token. */
export abstract class EventStore {
  abstract appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult>;

  /** Throws StreamNotFoundError when the stream has no events. */
  abstract readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  abstract readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  abstract subscribeToAll(options: SubscribeToAllOptions): Subscription;

  abstract health(): Promise<EventStoreHealth>;

  abstract close(): Promise<void>;
}

export const START = 'start' as const;

export function positionToString(position: Position): string {
  return `${position.commit}/${position.prepare}`;
}

export function positionFromString(text: string): Position {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  if (!match) throw new Error(`not a position: ${text}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
