import { AllStreamSubscription, EventStoreDBClient, excludeSystemEvents, streamNameFilter } from '@eventstore/db-client';
import { Position, Subscription, SubscriptionMessage, comparePositions } from '../event-store.port';
import { isSystemStream, toRecordedEvent } from './esdb-mapping';

const HIGH_WATER = 1000;
const LOW_WATER = 100;

export interface EsdbSubscriptionOptions {
  fromPosition: Position | 'start';
  streamNamePrefixes: string[];
  backoffMs: { initial: number; max: number };
}

/**
 * A catch-up subscription to $all that keeps the client's `caughtUp` signal in order with the events,
 * applies back-pressure, and resubscribes from the last delivered position when the connection drops.
 */
export class EsdbSubscription implements Subscription {
  private queue: SubscriptionMessage[] = [];
  private wake: (() => void) | null = null;
  private closed = false;
  private failed = false;
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
      this.open();
      while (!this.closed) {
        const message = this.queue.shift();
        if (message) {
          if (this.queue.length < LOW_WATER) this.current?.resume();
          if (message.kind === 'event') {
            if (this.alreadyDelivered(message.event.position)) continue;
            this.position = message.event.position;
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

  private open(): void {
    this.failed = false;
    const prefixes = this.options.streamNamePrefixes;
    const subscription = this.client.subscribeToAll({
      fromPosition: this.position,
      filter: prefixes.length > 0 ? streamNameFilter({ prefixes }) : excludeSystemEvents(),
    });
    this.current = subscription;
    let received = 0;
    let markerAfter: number | null = null;
    const pushMarker = () => {
      markerAfter = null;
      if (this.caughtUp) return;
      this.caughtUp = true;
      this.push({ kind: 'caught-up' });
    };
    subscription.on('data', (resolved) => {
      if (this.current !== subscription) return;
      received += 1;
      const event = toRecordedEvent(resolved);
      if (event && !isSystemStream(event.streamId)) this.push({ kind: 'event', event });
      if (markerAfter === received) pushMarker();
      if (this.queue.length > HIGH_WATER) subscription.pause();
    });
    subscription.on('caughtUp', () => {
      // Events already transformed but still buffered come before the signal.
      markerAfter = received + subscription.readableLength;
      if (markerAfter === received) pushMarker();
    });
    const dropped = () => {
      if (this.current !== subscription) return;
      this.failed = true;
      this.signal();
    };
    subscription.on('error', dropped);
    // A server that closes the call without an error status has dropped us just the same.
    subscription.on('end', dropped);
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
    if (!this.closed) this.open();
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
