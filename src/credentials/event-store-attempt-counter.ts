import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { EventStore } from '../event-store/event-store.port';
import { StreamNotFoundError } from '../event-store/event-store.errors';
import { AttemptCounter, AttemptLimit } from './attempt-counter';

const TAKEN = 'SignInAttemptCounted';
const GIVEN_BACK = 'SignInAttemptGivenBack';
const FORGOTTEN = 'SignInAttemptsForgotten';

/**
 * Counts in the event store, so that every instance serving one store sees the same counts: one stream per
 * limit, key and fixed window (`sign-in-attempts-…`). An attempt is appended first and then counted up to its own
 * revision, so of any number of parallel attempts, on any instances, exactly the first `attempts` (in the
 * stream's order) go ahead. Streams of past windows are never read again (EventStoreDB can drop them with
 * `$maxAge`; see docs/operations.md).
 */
@Injectable()
export class EventStoreAttemptCounter extends AttemptCounter {
  private readonly now: () => number = Date.now;

  constructor(private readonly store: EventStore) {
    super();
  }

  async take(limit: AttemptLimit, key: string): Promise<number> {
    const { stream, windowEndsAt } = this.streamOf(limit, key);
    const { nextExpectedRevision } = await this.store.appendToStream(stream, [{ id: randomUUID(), type: TAKEN, data: {}, metadata: {} }], 'any');
    const counted = countUpTo(await this.read(stream), nextExpectedRevision);
    return counted <= limit.attempts ? 0 : Math.max(1, Math.ceil((windowEndsAt - this.now()) / 1000));
  }

  async giveBack(limit: AttemptLimit, key: string): Promise<void> {
    await this.store.appendToStream(this.streamOf(limit, key).stream, [{ id: randomUUID(), type: GIVEN_BACK, data: {}, metadata: {} }], 'any');
  }

  async forget(limit: AttemptLimit, key: string): Promise<void> {
    await this.store.appendToStream(this.streamOf(limit, key).stream, [{ id: randomUUID(), type: FORGOTTEN, data: {}, metadata: {} }], 'any');
  }

  private streamOf(limit: AttemptLimit, key: string): { stream: string; windowEndsAt: number } {
    const windowMs = limit.windowSeconds * 1000;
    const window = Math.floor(this.now() / windowMs);
    const hash = createHash('sha256').update(`${limit.name}\u0000${key}`).digest('base64url').slice(0, 22);
    return { stream: `sign-in-attempts-${hash}-${window}`, windowEndsAt: (window + 1) * windowMs };
  }

  private async read(stream: string): Promise<{ type: string; revision: bigint }[]> {
    try {
      return await this.store.readStream(stream);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }
}

/** Attempts counted up to and including `revision`: since the last forgetting, less those given back. */
function countUpTo(events: { type: string; revision: bigint }[], revision: bigint): number {
  let count = 0;
  for (const event of events) {
    if (event.revision > revision) break;
    if (event.type === TAKEN) count += 1;
    else if (event.type === GIVEN_BACK) count = Math.max(0, count - 1);
    else if (event.type === FORGOTTEN) count = 0;
  }
  return count;
}
