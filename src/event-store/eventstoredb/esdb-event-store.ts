import { AllStreamResolvedEvent, EventStoreDBClient, ResolvedEvent, jsonEvent } from '@eventstore/db-client';
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
import { connectionStringProblem } from '../../config/esdb-connection-string';
import { isSystemStream, toClientRevision, toRecordedEvent, translateError } from './esdb-mapping';
import { FAILOVER_RETRY, RetryPolicy, withRetry } from './esdb-retry';
import { UnsupportedServerError, isSupported, serverVersionOf } from './esdb-server-version';
import { EsdbSubscription } from './esdb-subscription';

export interface EsdbEventStoreOptions {
  connectionString: string;
  resubscribeBackoffMs?: { initial: number; max: number };
  /** How calls are retried through a failover (FAILOVER_RETRY by default). */
  retry?: RetryPolicy;
}

/**
 * Every call but subscriptions requires the leader: a follower (or a leader just demoted) answers NotLeader, the
 * client reconnects to the leader it names, and the retry reads what the commands wrote. A follower's view may lag,
 * and a command deciding on a stale stream, or read-your-writes looking past a node's end, would go wrong.
 * Subscriptions may follow any node: they catch up by themselves.
 */
const ON_LEADER = { requiresLeader: true } as const;

/** The event-store port over EventStoreDB (or KurrentDB) through @eventstore/db-client. */
export class EsdbEventStore extends EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EsdbSubscription>();
  private server: Promise<{ version: string }> | null = null;

  constructor(private readonly options: EsdbEventStoreOptions) {
    super();
    const problem = connectionStringProblem(options.connectionString);
    if (problem) throw new Error(problem);
    this.client = EventStoreDBClient.connectionString(options.connectionString);
  }

  private retried<T>(call: () => Promise<T>): Promise<T> {
    return withRetry(call, this.options.retry ?? FAILOVER_RETRY);
  }

  /** The server's version; rejects with UnsupportedServerError for a server the adapter cannot work with. */
  checkServer(): Promise<{ version: string }> {
    this.server ??= this.retried(() => serverVersionOf(this.client)).then((version) => {
      if (!isSupported(version)) throw new UnsupportedServerError(version);
      return { version };
    });
    // A server that could not be reached is asked again next time.
    this.server.catch((error) => {
      if (!(error instanceof UnsupportedServerError)) this.server = null;
    });
    return this.server;
  }

  async appendToStream(streamId: string, events: EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const payload = events.map((e) => jsonEvent({ id: e.id, type: e.type, data: e.data, metadata: e.metadata ?? {} }));
    try {
      const result = await this.retried(() =>
        this.client.appendToStream(streamId, payload, { expectedRevision: toClientRevision(expectedRevision), ...ON_LEADER }),
      );
      const position = result.position ?? (await this.positionOf(streamId, result.nextExpectedRevision));
      return { nextExpectedRevision: result.nextExpectedRevision, position: { commit: position.commit, prepare: position.prepare } };
    } catch (error) {
      throw translateError(error, streamId, expectedRevision);
    }
  }

  /** The position of the event at `revision`, read back: an idempotent append may be answered without one. */
  private async positionOf(streamId: string, revision: bigint): Promise<Position> {
    const [event] = await this.readStream(streamId, { direction: 'backwards', fromRevision: revision, maxCount: 1 });
    if (!event || event.revision !== revision) throw new Error(`stream ${streamId}: the event at revision ${revision} could not be read back`);
    return event.position;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const fromRevision = options.fromRevision ?? (direction === 'backwards' ? 'end' : 'start');
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    try {
      return await this.retried(() => collect(this.client.readStream(streamId, { direction, fromRevision, maxCount, ...ON_LEADER })));
    } catch (error) {
      throw translateError(error, streamId);
    }
  }

  /**
   * Pages through $all, leaving out system events, until `maxCount` events of the port's log are read. A page
   * continues from the last position of the one before: forwards the server includes that event again (skip it),
   * backwards it does not (AllReader), so nothing is skipped.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const wanted = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const pageSize = Math.min(Math.max(wanted, 100), 4096);
    const events: RecordedEvent[] = [];
    let from: Position | 'start' | 'end' = options.fromPosition ?? (direction === 'backwards' ? 'end' : 'start');
    let skip: Position | null = null;
    for (;;) {
      const fromPosition = from;
      const page: AllPage = await this.retried(() => readAllPage(this.client.readAll({ direction, fromPosition, maxCount: pageSize, ...ON_LEADER })));
      const fresh = skip ? page.events.filter((e) => comparePositions(e.position, skip as Position) !== 0) : page.events;
      events.push(...fresh.filter((e) => !isSystemStream(e.streamId)).slice(0, wanted - events.length));
      if (events.length >= wanted || page.read < pageSize || !page.last) return events;
      from = page.last;
      skip = direction === 'forwards' ? page.last : null;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new EsdbSubscription(this.client, {
      fromPosition: options.fromPosition,
      streamNamePrefixes: options.streamNamePrefixes ?? [],
      backoffMs: this.options.resubscribeBackoffMs ?? { initial: 100, max: 5000 },
      checkServer: () => this.checkServer(),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async health(): Promise<EventStoreHealth> {
    try {
      const { version } = await this.checkServer();
      const [last] = await this.readAll({ direction: 'backwards', maxCount: 1 });
      const head = last ? `${last.position.commit}/${last.position.prepare}` : null;
      return { up: true, adapter: 'eventstoredb', details: { head, serverVersion: version } };
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

/** One page of $all: the JSON events, how many records were read, and the last position. */
interface AllPage {
  events: RecordedEvent[];
  read: number;
  last: Position | undefined;
}

async function readAllPage(read: AsyncIterable<AllStreamResolvedEvent>): Promise<AllPage> {
  const events: RecordedEvent[] = [];
  let count = 0;
  let last: Position | undefined;
  for await (const resolved of read) {
    count += 1;
    const position = resolved.event?.position;
    if (position) last = position;
    const event = toRecordedEvent(resolved);
    if (event) events.push(event);
  }
  return { events, read: count, last };
}
