import {
  EventStore,
  Position,
  RecordedEvent,
  SubscribeToAllOptions,
  Subscription,
  SubscriptionMessage,
  comparePositions,
} from '../event-store/event-store.port';

/** What a projection's runner subscribes through: the store itself, or the shared catch-up at start. */
export interface LogSource {
  subscribeToAll(options: SubscribeToAllOptions): Subscription;
  /** Starts feeding what was subscribed (the shared catch-up waits for it); the store itself feeds at once. */
  open?(): void;
}

/** A participant's queue this long holds the shared read until it is down to `RESUME_AT`. */
const HOLD_AT = 4000;
const RESUME_AT = 1000;
/** Opened at the latest this long after the first participant joined, if nobody has waited for a catch-up. */
const OPEN_AFTER_MS = 250;

const groups = new WeakMap<EventStore, SharedCatchUp>();

/**
 * One read of the log shared by every projection catching up at start. Each projection's runner subscribes here
 * (its checkpoint and stream prefixes, as with the store); once opened, one subscription of the store from the
 * earliest checkpoint, filtered by every prefix, feeds each participant the events it would have read itself, in
 * order. When that read has caught up, each participant goes on with its own subscription of the store from where
 * the shared read stopped (the events since, then live). A participant that joins after the read has passed its
 * checkpoint, or after it has ended, subscribes to the store directly. So the start is bound by one scan of the
 * log rather than one per read model; what each participant receives is what the store would have sent it.
 * The events are shared between participants: projections must not change them.
 */
export class SharedCatchUp implements LogSource {
  private state: 'gathering' | 'reading' | 'done' = 'gathering';
  private readonly participants = new Set<Participant>();
  /** How far the shared read has looked at the log. */
  private readTo: Position | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly store: EventStore) {}

  /** The shared catch-up of this store (one per store: every read model of an app shares it). */
  static of(store: EventStore): SharedCatchUp {
    let group = groups.get(store);
    if (!group) groups.set(store, (group = new SharedCatchUp(store)));
    return group;
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    if (this.state === 'done' || (this.state === 'reading' && !this.canJoin(options.fromPosition))) return this.store.subscribeToAll(options);
    const participant = new Participant(this.store, options, (p) => this.participants.delete(p));
    this.participants.add(participant);
    if (this.state === 'gathering' && !this.timer) {
      this.timer = setTimeout(() => this.open(), OPEN_AFTER_MS);
    }
    return participant;
  }

  /** Joining while the read runs needs nothing it has passed: the participant's checkpoint is at or after it. */
  private canJoin(from: Position | 'start'): boolean {
    if (this.readTo === null) return true;
    return from !== 'start' && comparePositions(from, this.readTo) >= 0;
  }

  /** Starts the shared read with the participants gathered so far (idempotent). */
  open(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.state !== 'gathering') return;
    if (this.participants.size <= 1) {
      // Nothing to share: the one participant reads the store itself (passing every event through the shared
      // queue cost a 1M-event rebuild two thirds more time and twice its memory).
      this.state = 'done';
      for (const participant of this.participants) participant.end(null, null);
      this.participants.clear();
      return;
    }
    this.state = 'reading';
    void this.read();
  }

  private async read(): Promise<void> {
    const participants = [...this.participants];
    let failure: unknown = null;
    // Caught up, the read has looked at least as far as the head before it began, matching events or not.
    const [head] = await this.store.readAll({ direction: 'backwards', maxCount: 1 }).catch((error) => ((failure = error), []));
    const source = this.store.subscribeToAll({ fromPosition: earliest(participants), streamNamePrefixes: everyPrefix(participants) });
    try {
      for await (const message of source) {
        if (failure) break;
        if (message.kind === 'caught-up') {
          if (head && (!this.readTo || comparePositions(head.position, this.readTo) > 0)) this.readTo = head.position;
          break;
        }
        if (this.participants.size === 0) break;
        if (message.kind === 'event') this.readTo = message.event.position;
        else if (message.kind === 'checkpoint') this.readTo = message.position;
        for (const participant of this.participants) participant.offer(message);
        const full = [...this.participants].filter((p) => p.backlog >= HOLD_AT);
        if (full.length > 0) await Promise.all(full.map((p) => p.drained(RESUME_AT)));
      }
    } catch (error) {
      failure = error;
    } finally {
      await source.close();
    }
    this.state = 'done';
    for (const participant of this.participants) participant.end(this.readTo, failure);
    this.participants.clear();
  }
}

/** One projection's subscription through the shared read: its share of the read, then its own subscription. */
class Participant implements Subscription {
  private queue: SubscriptionMessage[] = [];
  private head = 0;
  private ended: { handover: Position | 'start'; failure: unknown } | null = null;
  private closed = false;
  private wake: (() => void) | null = null;
  private onDrained: { below: number; resolve: () => void } | null = null;
  private own: Subscription | null = null;
  private readonly prefixes: string[];

  constructor(
    private readonly store: EventStore,
    private readonly options: SubscribeToAllOptions,
    private readonly leave: (participant: Participant) => void,
  ) {
    this.prefixes = options.streamNamePrefixes ?? [];
  }

  get from(): Position | 'start' {
    return this.options.fromPosition;
  }

  get streamPrefixes(): string[] {
    return this.prefixes;
  }

  get backlog(): number {
    return this.queue.length - this.head;
  }

  /** Takes what the store would have sent this subscription: its streams, after its checkpoint. */
  offer(message: SubscriptionMessage): void {
    if (message.kind === 'event' && !(this.after(message.event.position) && this.reads(message.event))) return;
    if (message.kind === 'checkpoint' && !this.after(message.position)) return;
    if (message.kind === 'caught-up') return;
    this.queue.push(message);
    this.wakeUp();
  }

  /** The shared read has ended at `readTo`: the participant goes on by itself from there. */
  end(readTo: Position | null, failure: unknown): void {
    const from = this.options.fromPosition;
    const handover = readTo && (from === 'start' || comparePositions(readTo, from) > 0) ? readTo : from;
    // The shared read looked at the log up to there: nothing more of this subscription's lies before it.
    if (!failure && handover !== from && handover !== 'start') this.queue.push({ kind: 'checkpoint', position: handover });
    this.ended = { handover, failure };
    this.wakeUp();
  }

  drained(below: number): Promise<void> {
    if (this.backlog < below || this.closed) return Promise.resolve();
    return new Promise((resolve) => (this.onDrained = { below, resolve }));
  }

  private after(position: Position): boolean {
    const from = this.options.fromPosition;
    return from === 'start' || comparePositions(position, from) > 0;
  }

  private reads(event: RecordedEvent): boolean {
    return this.prefixes.length === 0 || this.prefixes.some((prefix) => event.streamId.startsWith(prefix));
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private release(): void {
    const waiting = this.onDrained;
    if (waiting && (this.backlog < waiting.below || this.closed)) {
      this.onDrained = null;
      waiting.resolve();
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    try {
      while (!this.closed) {
        if (this.head < this.queue.length) {
          const message = this.queue[this.head++];
          if (this.head === this.queue.length) {
            this.queue = [];
            this.head = 0;
          }
          this.release();
          yield message;
          continue;
        }
        if (this.ended) break;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
      if (this.closed || !this.ended) return;
      if (this.ended.failure) throw this.ended.failure;
      this.own = this.store.subscribeToAll({ ...this.options, fromPosition: this.ended.handover });
      if (this.closed) return;
      yield* this.own;
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.leave(this);
    this.release();
    this.wakeUp();
    await this.own?.close();
  }
}

function earliest(participants: Participant[]): Position | 'start' {
  let from: Position | 'start' | undefined;
  for (const participant of participants) {
    const mine = participant.from;
    if (mine === 'start') return 'start';
    if (!from || comparePositions(mine, from as Position) < 0) from = mine;
  }
  return from ?? 'start';
}

/** Every participant's prefixes; none (the whole log) if one of them reads the whole log. */
function everyPrefix(participants: Participant[]): string[] | undefined {
  if (participants.some((p) => p.streamPrefixes.length === 0)) return undefined;
  return [...new Set(participants.flatMap((p) => p.streamPrefixes))];
}
