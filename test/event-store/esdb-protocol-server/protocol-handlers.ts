// The Streams service of the protocol test double: Read (streams, $all, catch-up subscriptions), Append and
// BatchAppend, served from an embedded store. Enough of EventStoreDB's wire protocol for the real client.
// Where the server's behaviour matters to the adapter it follows the server's source (kurrent-io/KurrentDB):
// backwards $all reads exclude the event at the position (the embedded store does the same), filtered
// subscriptions send checkpoints, servers before 23.10 send no CaughtUp, a follower answers requires-leader
// calls with NotLeader, and every failure ends the call with a gRPC status.
import { ServerWritableStream, status } from '@grpc/grpc-js';
import * as streams from '@eventstore/db-client/generated/streams_pb';
import { StreamNotFoundError } from '../../../src/event-store/event-store.errors';
import { EventStore, Position, RecordedEvent, SubscriptionMessage } from '../../../src/event-store/event-store.port';
import { Endpoint, Faults, FaultyMethod, asStatus, notLeader, unavailable } from './faults';
import { LogView } from './log-view';
import * as M from './protocol-messages';

export type CallCounts = Record<'read' | 'append' | 'batchAppend' | 'subscribe', number>;

/** How this node of the double behaves. */
export interface NodeBehaviour {
  /** Where the leader listens, or null when this node is the leader. */
  leader(): Endpoint | null;
  readonly view: LogView;
  readonly faults: Faults;
  /** CaughtUp is sent to subscriptions from server 23.10 on (Enumerators.AllSubscription*). */
  readonly sendsCaughtUp: boolean;
  /** Filtered subscriptions send checkpoints (every interval x window considered events, and on going live). */
  readonly checkpoints: boolean;
  /** An idempotent append answers NoPosition (Streams.Append: CommitPosition -1). */
  readonly idempotentWithoutPosition: boolean;
}

type ReadCall = ServerWritableStream<streams.ReadReq, streams.ReadResp>;

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
/** The server's search window when the client asks for `count` (Streams.Read: WindowOneofCase.Count => default). */
const DEFAULT_WINDOW = 32;

function positionOf(options: streams.ReadReq.Options.AllOptions): Position | 'start' | 'end' {
  if (options.hasEnd()) return 'end';
  if (!options.hasPosition()) return 'start';
  const position = options.getPosition() as streams.ReadReq.Options.Position;
  return { commit: BigInt(position.getCommitPosition()), prepare: BigInt(position.getPreparePosition()) };
}

/** Stream-name prefixes or a regular expression on the stream name or the event type. */
function filterOf(options: streams.ReadReq.Options): (event: RecordedEvent) => boolean {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter() as streams.ReadReq.Options.FilterOptions;
  const onStream = filter.hasStreamIdentifier();
  const expression = (onStream ? filter.getStreamIdentifier() : filter.getEventType()) as streams.ReadReq.Options.FilterOptions.Expression;
  const field = (event: RecordedEvent) => (onStream ? event.streamId : event.type);
  const prefixes = expression.getPrefixList();
  if (prefixes.length > 0) return (event) => prefixes.some((p) => field(event).startsWith(p));
  const regex = new RegExp(expression.getRegex());
  return (event) => regex.test(field(event));
}

function checkpointInterval(options: streams.ReadReq.Options): number {
  const filter = options.getFilter() as streams.ReadReq.Options.FilterOptions;
  const window = filter.hasMax() ? filter.getMax() : DEFAULT_WINDOW;
  return window * Math.max(filter.getCheckpointintervalmultiplier(), 1);
}

export function requiresLeader(call: { metadata: { get(key: string): unknown[] } }): boolean {
  return call.metadata.get('requires-leader').some((value) => String(value) === 'true');
}

export class ReadHandlers {
  readonly calls: CallCounts = { read: 0, append: 0, batchAppend: 0, subscribe: 0 };
  private readonly live = new Set<() => void>();

  constructor(
    private readonly store: EventStore,
    private readonly node: NodeBehaviour,
  ) {}

  /** The failure this call must end with, if any: a queued fault, or NotLeader for requires-leader on a follower. */
  failureFor(method: FaultyMethod, call: { metadata: { get(key: string): unknown[] } }) {
    const fault = this.node.faults.take(method);
    const leader = this.node.leader();
    if (fault === 'unavailable') return unavailable();
    if (fault === 'not-leader') return notLeader(leader ?? this.ownEndpoint());
    if (leader && requiresLeader(call)) return notLeader(leader);
    return undefined;
  }

  /** Set by the server once it listens. */
  ownEndpoint: () => Endpoint = () => ({ host: '127.0.0.1', port: 0 });

  read = (call: ReadCall): void => {
    const options = call.request.getOptions() as streams.ReadReq.Options;
    const subscribing = options.hasSubscription();
    const failure = this.failureFor(subscribing ? 'subscribe' : 'read', call);
    if (failure) {
      call.emit('error', failure);
      return;
    }
    const work = subscribing ? this.subscribe(call, options) : this.readOnce(call, options);
    work.catch((error) => call.emit('error', asStatus(error)));
  };

  private async readOnce(call: ReadCall, options: streams.ReadReq.Options): Promise<void> {
    this.calls.read += 1;
    const direction = options.getReadDirection() === streams.ReadReq.Options.ReadDirection.BACKWARDS ? 'backwards' : 'forwards';
    const count = BigInt(options.getCount() || '0');
    const wanted = Number(count > MAX ? MAX : count);
    // A lagging follower reads everything and leaves out what has not reached it.
    const fromLeader = this.node.leader() === null || requiresLeader(call);
    const maxCount = fromLeader ? wanted : undefined;
    const shown = (events: RecordedEvent[]) => (fromLeader ? events : events.filter((e) => this.node.view.shows(e.position)).slice(0, wanted));
    if (options.hasStream()) {
      const stream = options.getStream() as streams.ReadReq.Options.StreamOptions;
      const name = M.streamNameOf(stream.getStreamIdentifier());
      const fromRevision = stream.hasRevision() ? BigInt(stream.getRevision()) : stream.hasEnd() ? 'end' : 'start';
      try {
        const events = shown(await this.store.readStream(name, { direction, fromRevision, maxCount }));
        if (events.length === 0 && !fromLeader && !(await this.existsHere(name))) throw new StreamNotFoundError(name);
        for (const event of events) call.write(M.readEventOf(event));
      } catch (error) {
        if (!(error instanceof StreamNotFoundError)) throw error;
        call.write(M.streamNotFound(name));
      }
    } else {
      const all = options.getAll() as streams.ReadReq.Options.AllOptions;
      const events = shown(await this.store.readAll({ direction, fromPosition: positionOf(all), maxCount }));
      for (const event of events.filter(filterOf(options))) call.write(M.readEventOf(event));
    }
    call.end();
  }

  private async existsHere(stream: string): Promise<boolean> {
    const [first] = await this.store.readStream(stream, { maxCount: 1 });
    return this.node.view.shows(first.position);
  }

  /** A catch-up subscription to $all: confirmation, history, (checkpoint,) caught-up, then live events until cancelled. */
  private async subscribe(call: ReadCall, options: streams.ReadReq.Options): Promise<void> {
    this.calls.subscribe += 1;
    if (!options.hasAll()) throw Object.assign(new Error('the protocol double subscribes to $all only'), { code: status.UNIMPLEMENTED });
    const from = positionOf(options.getAll() as streams.ReadReq.Options.AllOptions);
    if (from === 'end') throw Object.assign(new Error('subscribing from the end is not supported here'), { code: status.UNIMPLEMENTED });
    const subscription = this.store.subscribeToAll({ fromPosition: from });
    let cancelled = false;
    const stop = () => void subscription.close();
    this.live.add(stop);
    call.on('cancelled', () => {
      cancelled = true;
      stop();
    });
    call.on('close', stop);
    call.write(M.confirmation());
    const send = this.sender(call, options);
    try {
      for await (const message of subscription) {
        if (message.kind === 'event') await this.node.view.reach(message.event.position);
        send(message);
      }
      // Dropped by the node, not by the client: the call ends with a status, never silently.
      if (!cancelled) call.emit('error', unavailable('the node is going away'));
    } finally {
      this.live.delete(stop);
    }
  }

  /** Writes what the subscription produces as the server would: filtered events, checkpoints, caught-up. */
  private sender(call: ReadCall, options: streams.ReadReq.Options): (message: SubscriptionMessage) => void {
    const accepts = filterOf(options);
    const checkpoints = this.node.checkpoints && options.hasFilter();
    const interval = checkpoints ? checkpointInterval(options) : Infinity;
    let considered = 0;
    let last: Position | null = null;
    return (message) => {
      if (message.kind === 'caught-up') {
        // "issue a checkpoint when going live" (Enumerator.AllSubscriptionFiltered, 24.10).
        if (checkpoints && last) call.write(M.checkpoint(last));
        if (this.node.sendsCaughtUp) call.write(M.caughtUp());
        return;
      }
      if (message.kind !== 'event') return;
      last = message.event.position;
      if (accepts(message.event)) call.write(M.readEventOf(message.event));
      considered += 1;
      if (considered >= interval) {
        considered = 0;
        call.write(M.checkpoint(last));
      }
    };
  }

  /** Ends every live subscription, as a server going away would. */
  dropSubscriptions(): void {
    for (const stop of [...this.live]) stop();
  }
}
