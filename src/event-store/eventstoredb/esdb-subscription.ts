import { AllStreamSubscription, EventStoreDBClient, Position as ClientPosition, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import { Position, Subscription, SubscriptionMessage, comparePositions } from '../event-store.port';
import { isSystemStream, toRecordedEvent } from './esdb-mapping';
import { UnsupportedServerError } from './esdb-server-version';

const HIGH_WATER = 1000;
const LOW_WATER = 100;

export interface EsdbSubscriptionOptions {
  fromPosition: Position | 'start';
  streamNamePrefixes: string[];
  backoffMs: { initial: number; max: number };
  /** Resolves when the server is one the adapter supports; rejects with UnsupportedServerError otherwise. */
  checkServer: () => Promise<unknown>;
}

/**
 * A catch-up subscription to $all that keeps the client's `caughtUp` and checkpoint signals in order with the
 * events, applies back-pressure, and resubscribes from the last delivered position (event or checkpoint) when
 * the connection drops. It ends with UnsupportedServerError on a server too old to say when it has caught up.
 */
export class EsdbSubscription implements Subscription {
  private queue: SubscriptionMessage[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private failed = false;
  private fatal: Error | null = null;
  private caughtUp = false;
  private position: Position | 'start';
  private current: AllStreamSubscription | null = null;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: EsdbSubscriptionOptions,
  ) {
    this.position = options.fromPosition;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    let backoff = this.options.backoffMs.initial;
    try {
      await this.open();
      while (!this.closed) {
        if (this.fatal) throw this.fatal;
        const message = this.queue.shift();
        if (message) {
          if (this.queue.length < LOW_WATER) this.current?.resume();
          if (message.kind === 'event' || message.kind === 'checkpoint') {
            const position = message.kind === 'event' ? message.event.position : message.position;
            if (this.alreadyDelivered(position)) continue;
            this.position = position;
          }
          yield message;
          backoff = this.options.backoffMs.initial;
          continue;
        }
        if (this.failed) {
          await this.reopenAfter(backoff);
          backoff = Math.min(backoff * 2, this.options.backoffMs.max);
          continue;
        }
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      await this.close();
    }
  }

  private alreadyDelivered(position: Position): boolean {
    return this.position !== 'start' && comparePositions(position, this.position) <= 0;
  }

  private async open(): Promise<void> {
    this.failed = false;
    try {
      await this.options.checkServer();
    } catch (error) {
      if (error instanceof UnsupportedServerError) this.fatal = error;
      else this.failed = true;
      return;
    }
    if (this.closed) return;
    this.subscribe();
  }

  private subscribe(): void {
    const prefixes = this.options.streamNamePrefixes;
    // Pending signals wait for the events the client transformed before them but has not emitted yet.
    const pending: { after: number; message: SubscriptionMessage }[] = [];
    let received = 0;
    const release = () => {
      while (pending.length > 0 && pending[0].after <= received) this.signalled((pending.shift() as { message: SubscriptionMessage }).message);
    };
    const inOrder = (message: SubscriptionMessage) => {
      pending.push({ after: received + subscription.readableLength, message });
      release();
    };
    const checkpointReached = (_: unknown, position: ClientPosition) => {
      inOrder({ kind: 'checkpoint', position: { commit: position.commit, prepare: position.prepare } });
    };
    const filter = prefixes.length > 0 ? streamNameFilter({ prefixes, checkpointReached }) : excludeSystemEvents({ checkpointReached });
    const subscription = this.client.subscribeToAll({ fromPosition: this.position, filter });
    this.current = subscription;
    subscription.on('data', (resolved) => {
      if (this.current !== subscription) return;
      received += 1;
      const event = toRecordedEvent(resolved);
      if (event && !isSystemStream(event.streamId)) this.push({ kind: 'event', event });
      release();
      if (this.queue.length > HIGH_WATER) subscription.pause();
    });
    subscription.on('caughtUp', () => inOrder({ kind: 'caught-up' }));
    const dropped = () => {
      if (this.current !== subscription) return;
      this.failed = true;
      this.signal();
    };
    subscription.on('error', dropped);
    // A server that closes the call without an error status has dropped us just the same.
    subscription.on('end', dropped);
  }

  /** A caught-up or checkpoint signal, once the events before it are queued. */
  private signalled(message: SubscriptionMessage): void {
    if (message.kind === 'caught-up') {
      if (this.caughtUp) return;
      this.caughtUp = true;
    }
    this.push(message);
  }

  private async reopenAfter(delayMs: number): Promise<void> {
    const previous = this.current;
    this.current = null;
    await previous?.unsubscribe().catch(() => undefined);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delayMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!this.closed) await this.open();
  }

  private push(message: SubscriptionMessage): void {
    this.queue.push(message);
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const current = this.current;
    this.current = null;
    this.signal();
    await current?.unsubscribe().catch(() => undefined);
  }
}
