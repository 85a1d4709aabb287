import { AllStreamResolvedEvent, ErrorType, EventStoreDBClient, ResolvedEvent, jsonEvent } from '@eventstore/db-client';
import { setTimeout as delay } from 'node:timers/promises';
import {
  AppendResult,
  EventStore,
  EventStoreHealth,
  EventToAppend,
  Position,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
  comparePositions,
} from '../event-store.port';
import { isSystemStream, toClientRevision, toRecordedEvent, translateError } from './esdb-mapping';
import { EsdbSubscription } from './esdb-subscription';

const TRANSIENT_ATTEMPTS = 4;
const TRANSIENT_BACKOFF_MS = 50;
const TRANSIENT_ERRORS: ReadonlySet<string> = new Set([ErrorType.UNAVAILABLE, ErrorType.CANCELLED, ErrorType.DEADLINE_EXCEEDED]);

function isTransient(error: unknown): boolean {
  return TRANSIENT_ERRORS.has((error as { type?: string } | null)?.type ?? '');
}

export interface EsdbEventStoreOptions {
  connectionString: string;
  resubscribeBackoffMs?: { initial: number; max: number };
}

/** The event-store port over EventStoreDB (or KurrentDB) through @eventstore/db-client. */
export class EsdbEventStore extends EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EsdbSubscription>();

  constructor(private readonly options: EsdbEventStoreOptions) {
    super();
    this.client = EventStoreDBClient.connectionString(options.connectionString);
  }

  async appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const payload = events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata ?? {} }));
    for (let attempt = 1; ; attempt += 1) {
      try {
        const result = await this.client.appendToStream(streamId, payload, { expectedRevision: toClientRevision(expectedRevision) });
        const position = result.position ?? { commit: 0n, prepare: 0n };
        return { nextExpectedRevision: result.nextExpectedRevision, position: { commit: position.commit, prepare: position.prepare } };
      } catch (error) {
        // A dropped connection fails the client's cached append call once; the same event ids make the retry idempotent.
        if (isTransient(error) && attempt < TRANSIENT_ATTEMPTS) {
          await delay(TRANSIENT_BACKOFF_MS * attempt);
          continue;
        }
        throw translateError(error, streamId, expectedRevision);
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const fromRevision = options.fromRevision ?? (direction === 'backwards' ? 'end' : 'start');
    try {
      const read = this.client.readStream(streamId, { direction, fromRevision, maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER });
      return await collect(read);
    } catch (error) {
      throw translateError(error, streamId);
    }
  }

  /** Pages through $all, leaving out system events, until `maxCount` events of the port's log are read. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const wanted = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const pageSize = Math.min(Math.max(wanted, 100), 4096);
    const events: RecordedEvent[] = [];
    let from: ReadAllOptions['fromPosition'] = options.fromPosition ?? (direction === 'backwards' ? 'end' : 'start');
    let skipFirst = false;
    for (;;) {
      const page = await readAllPage(this.client.readAll({ direction, fromPosition: from, maxCount: pageSize }));
      const fresh = skipFirst ? page.events.filter((e) => comparePositions(e.position, page.first as Position) !== 0) : page.events;
      events.push(...fresh.filter((e) => !isSystemStream(e.streamId)).slice(0, wanted - events.length));
      if (events.length >= wanted || page.read < pageSize || !page.last) return events;
      from = page.last;
      skipFirst = true;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new EsdbSubscription(this.client, {
      fromPosition: options.fromPosition,
      streamNamePrefixes: options.streamNamePrefixes ?? [],
      backoffMs: this.options.resubscribeBackoffMs ?? { initial: 100, max: 5000 },
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async health(): Promise<EventStoreHealth> {
    try {
      const [last] = await this.readAll({ direction: 'backwards', maxCount: 1 });
      const head = last ? `${last.position.commit}/${last.position.prepare}` : null;
      return { up: true, adapter: 'eventstoredb', details: { head } };
    } catch (error) {
      return { up: false, adapter: 'eventstoredb', details: { error: String(error) } };
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.close()));
    await this.client.dispose();
  }
}

async function collect(read: AsyncIterable<ResolvedEvent>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const resolved of read) {
    const event = toRecordedEvent(resolved);
    if (event) events.push(event);
  }
  return events;
}

/** One page of $all: the JSON events, how many records were read, and the first and last positions. */
async function readAllPage(read: AsyncIterable<AllStreamResolvedEvent>) {
  const events: RecordedEvent[] = [];
  let count = 0;
  let first: Position | undefined;
  let last: Position | undefined;
  for await (const resolved of read) {
    count += 1;
    const position = resolved.event?.position;
    if (position) {
      first ??= position;
      last = position;
    }
    const event = toRecordedEvent(resolved);
    if (event) events.push(event);
  }
  return { events, read: count, first, last };
}
