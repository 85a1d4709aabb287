import { Logger } from '@nestjs/common';
import { EventStore, Position, RecordedEvent, SubscriptionMessage, comparePositions } from '../event-store/event-store.port';
import { Projection } from './projection';
import { ReadModelFile } from './read-model-file';
import { rebuildInMemory } from './in-memory-rebuild';
import { LogSource } from './shared-catch-up';
import type { OffThreadRebuild } from './off-thread-rebuild';

const BATCH_SIZE = 1000;
/**
 * While catching up, larger transactions: each commit writes every page the batch touched, and a rebuild's
 * events touch recommendations all over the table (5,000 events is about 0.2 s of work).
 */
const CATCH_UP_BATCH_SIZE = 5000;
const BATCH_WAIT_MS = 5;

export interface ProjectionStatus {
  name: string;
  generation: number;
  checkpoint: string | null;
  caughtUp: boolean;
  eventsApplied: string;
  lastError: string | null;
}

/**
 * Feeds one projection generation from a catch-up subscription, applying events in batches in one
 * transaction with the checkpoint. Resubscribes from the checkpoint with backoff after errors.
 */
export class ProjectionRunner {
  private readonly logger: Logger;
  private position: Position | null;
  private eventsApplied: bigint;
  private caughtUp = false;
  private stopped = false;
  private lastError: string | null = null;
  private close: (() => Promise<void>) | null = null;
  private readonly listeners = new Set<() => void>();
  private applyBatch!: (events: RecordedEvent[]) => void;
  private saveCheckpoint!: (position: Position) => void;
  /** While rebuilding in memory: how far the rebuild has read (nothing of it is in the file yet). */
  private rebuiltUpTo: Position | null = null;
  /** A checkpoint from the store past the last event applied, not yet written. */
  private checkpointAhead: Position | null = null;
  private checkpointWrittenAt = 0;
  /** Set by the engine when this read model is built from the start (at start or on rebuild) in a worker thread. */
  offThread: OffThreadRebuild | null = null;

  constructor(
    private readonly store: EventStore,
    readonly projection: Projection,
    readonly readModel: ReadModelFile,
    readonly generation: number,
    /** A rebuild from the start while the app answers requests: see RebuildHooks.indexesFirst. */
    private readonly whileServing = false,
    /** Where it subscribes: the store, or the read shared by every projection catching up at start (SharedCatchUp). */
    private readonly source: LogSource = store,
  ) {
    this.logger = new Logger(`Projection ${projection.name}`);
    const checkpoint = readModel.checkpoint();
    this.position = checkpoint.position;
    this.eventsApplied = checkpoint.eventsApplied;
    this.prepareTransactions();
  }

  /** Bound to the file's connection, so made again when a rebuild in memory has replaced it. */
  private prepareTransactions(): void {
    const { projection, readModel } = this;
    const db = readModel.db;
    this.applyBatch = db.transaction((events: RecordedEvent[]) => {
      if (projection.applyBatch) projection.applyBatch(db, events);
      else for (const event of events) projection.apply(db, event);
      readModel.advance(events[events.length - 1].position, events.length);
    });
    this.saveCheckpoint = db.transaction((position: Position) => readModel.advance(position, 0));
  }

  /** Runs until stopped; never throws. */
  private finished: Promise<void> = Promise.resolve();

  run(): Promise<void> {
    this.finished = this.loop();
    return this.finished;
  }

  private async loop(): Promise<void> {
    for (let backoff = 100; !this.stopped; backoff = Math.min(backoff * 2, 10_000)) {
      try {
        if (this.position === null && this.projection.rebuildInMemory) await this.rebuildFromStart();
        if (!this.stopped) await this.consume();
        backoff = 100;
      } catch (error) {
        this.lastError = String(error);
        this.logger.error(`failed, resubscribing from the checkpoint in ${backoff} ms: ${this.lastError}`);
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, backoff));
    }
  }

  /**
   * From the start, the whole read model is built in memory and written once (see in-memory-rebuild.ts); the
   * subscription then goes on from the checkpoint it wrote. Stopped or failed midway, nothing is written: the next
   * attempt starts from the start again.
   */
  private async rebuildFromStart(): Promise<void> {
    if (this.offThread) return this.rebuildOffThread(this.offThread);
    const built = await rebuildInMemory(this.source, this.readModel.projection, {
      indexesFirst: this.whileServing,
      isStopped: () => this.stopped,
      onSubscribed: (close) => (this.close = close),
      onProgress: (position, applied) => {
        this.rebuiltUpTo = position;
        this.eventsApplied = BigInt(applied);
      },
    });
    this.rebuiltUpTo = null;
    if (!built) return;
    await this.readModel.replaceWith(built);
    this.afterRebuild();
  }

  private async rebuildOffThread(offThread: OffThreadRebuild): Promise<void> {
    const { readModel } = this;
    this.logger.log('building from the start in a worker thread');
    const position = await offThread.build(this.projection.name, readModel.writingFile, (at, applied) => {
      this.rebuiltUpTo = at;
      this.eventsApplied = BigInt(applied);
    });
    this.rebuiltUpTo = null;
    if (!position || this.stopped) return;
    readModel.adoptWritten();
    this.afterRebuild();
  }

  private afterRebuild(): void {
    this.prepareTransactions();
    const checkpoint = this.readModel.checkpoint();
    this.position = checkpoint.position;
    this.eventsApplied = checkpoint.eventsApplied;
    this.checkpointWrittenAt = Date.now();
    this.notify();
  }

  private async consume(): Promise<void> {
    const subscription = this.source.subscribeToAll({
      fromPosition: this.position ?? 'start',
      streamNamePrefixes: this.projection.streamPrefixes,
    });
    this.close = () => subscription.close();
    const messages = subscription[Symbol.asyncIterator]();
    const batch: RecordedEvent[] = [];
    let pending: Promise<IteratorResult<SubscriptionMessage>> | null = null;
    const deadline = new BatchDeadline(BATCH_WAIT_MS);
    try {
      while (!this.stopped) {
        pending ??= messages.next();
        // While catching up the batch is flushed when full or caught up: a timer per event cost more than the event's work.
        const next = batch.length === 0 || !this.caughtUp ? await pending : await deadline.race(pending);
        if (next === 'timeout') {
          this.flush(batch);
          continue;
        }
        pending = null;
        if (next.done) break;
        this.receive(next.value, batch);
        if (batch.length === 0) deadline.forget();
      }
    } finally {
      deadline.forget();
    }
    this.flush(batch);
  }

  private receive(message: SubscriptionMessage, batch: RecordedEvent[]): void {
    if (message.kind === 'checkpoint') {
      this.checkpointReached(message.position, batch);
      return;
    }
    if (message.kind === 'event') batch.push(message.event);
    const limit = this.caughtUp ? BATCH_SIZE : CATCH_UP_BATCH_SIZE;
    if (message.kind === 'caught-up' || batch.length >= limit) this.flush(batch);
    if (message.kind === 'caught-up') {
      this.advanceCheckpoint();
      this.markCaughtUp();
    }
  }

  /**
   * The store has looked at the log up to `position` and found nothing more for this projection: the
   * checkpoint moves there with the next batch, or now when live or a second has passed (so a projection whose
   * streams are rare still shows its progress, without a write per checkpoint while catching up).
   */
  private checkpointReached(position: Position, batch: RecordedEvent[]): void {
    this.checkpointAhead = position;
    if (batch.length > 0) return;
    if (!this.caughtUp && Date.now() - this.checkpointWrittenAt < 1000) return;
    this.advanceCheckpoint();
  }

  private advanceCheckpoint(): void {
    const ahead = this.checkpointAhead;
    this.checkpointAhead = null;
    if (!ahead || (this.position && comparePositions(ahead, this.position) <= 0)) return;
    this.saveCheckpoint(ahead);
    this.position = ahead;
    this.checkpointWrittenAt = Date.now();
    this.notify();
  }

  private flush(batch: RecordedEvent[]): void {
    if (batch.length === 0) return;
    this.applyBatch(batch);
    this.position = batch[batch.length - 1].position;
    this.checkpointWrittenAt = Date.now();
    this.eventsApplied += BigInt(batch.length);
    batch.length = 0;
    this.lastError = null;
    if (this.checkpointAhead) this.advanceCheckpoint();
    this.notify();
  }

  private markCaughtUp(): void {
    if (!this.caughtUp) {
      const started = Date.now();
      this.readModel.createIndexes();
      const indexing = `${Date.now() - started} ms to index`;
      // A read model that had nothing to catch up on is not news at every start (one line per read model, and there are many).
      const say = this.eventsApplied > 0 ? this.logger.log.bind(this.logger) : this.logger.debug.bind(this.logger);
      say(`caught up at ${this.describePosition()} (${this.eventsApplied} events applied, ${indexing})`);
    }
    this.caughtUp = true;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves when `condition` holds, checked after each batch; false after `timeoutMs`. */
  private until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
    if (condition()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const listener = () => {
        if (!condition()) return;
        finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(result);
      };
      this.listeners.add(listener);
    });
  }

  /** Also starts the shared catch-up read, if the runner subscribed through one (see SharedCatchUp). */
  waitUntilCaughtUp(timeoutMs = 600_000): Promise<boolean> {
    this.source.open?.();
    return this.until(() => this.caughtUp, timeoutMs);
  }

  /** True once the read model includes the event at `position` (or everything up to it). */
  hasReached(position: Position): boolean {
    return this.position !== null && comparePositions(this.position, position) >= 0;
  }

  /**
   * Waits until the read model includes `position`. A position that holds an event of streams this projection does
   * not read is one it will never apply: it counts as reached (as in ProjectionEngine.waitForPosition), rather than a
   * wait until the timeout.
   */
  async waitForPosition(position: Position, timeoutMs: number): Promise<boolean> {
    if (this.hasReached(position)) return true;
    this.source.open?.();
    const [event] = await this.store.readAll({ fromPosition: position, maxCount: 1 });
    if (event && !this.projection.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return true;
    return this.until(() => this.hasReached(position), timeoutMs);
  }

  get isCaughtUp(): boolean {
    return this.caughtUp;
  }

  get checkpoint(): Position | null {
    return this.position;
  }

  /** How far the projection has read the log: its checkpoint, or how far a rebuild in memory has got. */
  get progress(): Position | null {
    return this.rebuiltUpTo ?? this.position;
  }

  status(): ProjectionStatus {
    return {
      name: this.projection.name,
      generation: this.generation,
      checkpoint: this.describePosition(),
      caughtUp: this.caughtUp,
      eventsApplied: this.eventsApplied.toString(),
      lastError: this.lastError,
    };
  }

  private describePosition(): string | null {
    const position = this.progress;
    return position ? `${position.commit}/${position.prepare}` : null;
  }

  /** Resolves once the last batch is applied, so the read model can be closed after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.offThread?.stop();
    await this.close?.();
    this.notify();
    await this.finished;
  }
}

/**
 * Live, a batch is flushed `ms` after its first event came, however many follow: under a steady load messages never
 * pause, and a batch that waited for a pause grew to its 1,000 events and held the event loop for up to 170 ms. One
 * timer per batch, not a timer and a `finally` per event (three live read models, each racing every event).
 */
class BatchDeadline {
  private timer: NodeJS.Timeout | null = null;
  private wake: ((value: 'timeout') => void) | null = null;
  private fired: Promise<'timeout'> | null = null;

  constructor(private readonly ms: number) {}

  race<T>(promise: Promise<T>): Promise<T | 'timeout'> {
    if (!this.fired) this.fired = new Promise((resolve) => (this.wake = resolve));
    this.timer ??= setTimeout(() => this.fire(), this.ms);
    return Promise.race([promise, this.fired]);
  }

  private fire(): void {
    const wake = this.wake;
    this.timer = null;
    this.forget();
    wake?.('timeout');
  }

  /** The batch is empty: its deadline goes, and nothing waits on its promise any more (each race hangs a reaction on it). */
  forget(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.fired = null;
    this.wake = null;
  }
}
