// A worker thread's entry (see off-thread-rebuild.ts): builds one read model from the start in memory, reading the
// embedded store's file with a connection of its own (WAL lets it read while the app appends), writes it to the file
// it is given and says where it stopped. Its heap and its garbage collector are its own: the app's loop is not held.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteEventStore } from '../event-store/embedded/sqlite-event-store';
import { Position, SubscriptionMessage, Subscription, positionToString } from '../event-store/event-store.port';
import { rebuildInMemory } from './in-memory-rebuild';
import { READ_MODELS } from './read-models';
import { LogSource } from './shared-catch-up';

export interface RebuildJob {
  storeFile: string;
  projection: string;
  /** Written here once complete. */
  target: string;
  /** The log as the app could read it when the rebuild was asked for (the app goes on from there). */
  upTo: string | null;
}

export type RebuildWorkerMessage =
  { kind: 'progress'; position: string; applied: number } | { kind: 'built'; position: string | null; applied: number } | { kind: 'failed'; error: string };

const PROGRESS_EVERY_MS = 250;

/** The store's subscriptions, ended as caught up at `upTo` (an append the app has not made durable is not read). */
function boundedTo(store: SqliteEventStore, upTo: bigint | null): LogSource {
  return {
    subscribeToAll(options) {
      const subscription = store.subscribeToAll(options);
      const bounded = async function* (): AsyncGenerator<SubscriptionMessage> {
        for await (const message of subscription) {
          const at: Position | null = message.kind === 'event' ? message.event.position : message.kind === 'checkpoint' ? message.position : null;
          if (message.kind === 'caught-up' || upTo === null || (at && at.commit > upTo)) break;
          yield message;
        }
        yield { kind: 'caught-up' };
      };
      return { [Symbol.asyncIterator]: bounded, close: () => subscription.close() } as Subscription;
    },
  };
}

async function build(job: RebuildJob): Promise<RebuildWorkerMessage> {
  const projection = READ_MODELS.find((p) => p.name === job.projection);
  if (!projection) return { kind: 'failed', error: `no read model named ${job.projection}` };
  const store = new SqliteEventStore({ file: job.storeFile, synchronous: 'NORMAL' });
  let reported = 0;
  try {
    const built = await rebuildInMemory(boundedTo(store, job.upTo === null ? null : BigInt(job.upTo)), projection, {
      indexesFirst: false,
      isStopped: () => false,
      onSubscribed: () => undefined,
      onProgress: (position, applied) => {
        if (Date.now() - reported < PROGRESS_EVERY_MS) return;
        reported = Date.now();
        parentPort?.postMessage({ kind: 'progress', position: positionToString(position), applied } satisfies RebuildWorkerMessage);
      },
    });
    if (!built) return { kind: 'built', position: null, applied: 0 };
    await built.db.backup(job.target);
    const { position, eventsApplied } = built.checkpoint();
    built.close();
    return { kind: 'built', position: position && positionToString(position), applied: Number(eventsApplied) };
  } finally {
    await store.close();
  }
}

build(workerData as RebuildJob).then(
  (message) => parentPort?.postMessage(message),
  (error: unknown) => parentPort?.postMessage({ kind: 'failed', error: String(error) } satisfies RebuildWorkerMessage),
);
