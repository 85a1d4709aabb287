import { performance } from 'node:perf_hooks';
import { Position, RecordedEvent, comparePositions } from '../event-store/event-store.port';
import { Projection } from './projection';
import { ReadModelFile } from './read-model-file';
import { LogSource } from './shared-catch-up';

/** Events applied at once (then the time is looked at). */
const SLICE = 250;
/** Work between turns of the event loop, so that the app answers meanwhile (a /health probe waits at most this). */
const TURN_MS = 8;

export interface RebuildHooks {
  /**
   * Make the indexes before the first event, so that no step at the end blocks the event loop for long (a rebuild
   * while the app serves); else after the last, each in one sorted pass (about half the work, when nobody waits).
   */
  indexesFirst: boolean;
  isStopped(): boolean;
  onSubscribed(close: () => Promise<void>): void;
  onProgress(position: Position, applied: number): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Yields to the event loop once `TURN_MS` of work have passed since it last did. */
function turns(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < TURN_MS) return;
    await nextTurn();
    since = performance.now();
  };
}

/**
 * Builds a projection's read model from the start of the log up to its head in an in-memory database, then
 * returns it with its checkpoint, for the runner to write to the file at once. A rebuild that writes to its file at
 * every batch touches rows all over it each time (at 1M events it wrote 6.4 GB for a 673 MB file); in memory each
 * row is touched in RAM, and the projection's session may keep rows in objects and write each once at the end.
 * Undefined when stopped before it was done, or when the log holds nothing for the projection.
 */
export async function rebuildInMemory(store: LogSource, projection: Projection, hooks: RebuildHooks): Promise<ReadModelFile | undefined> {
  const memory = ReadModelFile.inMemory(projection);
  try {
    if (hooks.indexesFirst) memory.createIndexes();
    const session = projection.rebuildInMemory!(memory.db);
    // One transaction from the first event to the last: a commit in memory still walks the pages (at 1M events, one
    // commit per slice was a fifth of the rebuild), and nobody else reads this database.
    memory.db.exec('BEGIN');
    const subscription = store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: projection.streamPrefixes });
    hooks.onSubscribed(() => subscription.close());
    let batch: RecordedEvent[] = [];
    let position: Position | null = null;
    let applied = 0;
    const maybeYield = turns();
    const applyBatch = () => {
      if (batch.length === 0) return;
      session.apply(batch);
      applied += batch.length;
      position = batch[batch.length - 1].position;
      hooks.onProgress(position, applied);
      batch = [];
    };
    for await (const message of subscription) {
      if (hooks.isStopped()) break;
      if (message.kind === 'caught-up') break;
      if (message.kind === 'checkpoint') {
        applyBatch();
        if (!position || comparePositions(message.position, position) > 0) position = message.position;
        continue;
      }
      if (message.kind !== 'event') continue;
      batch.push(message.event);
      if (batch.length < SLICE) continue;
      applyBatch();
      await maybeYield();
    }
    applyBatch();
    const chunks = session.finish()[Symbol.iterator]();
    while (!chunks.next().done && !hooks.isStopped()) await maybeYield();
    if (!hooks.indexesFirst && !hooks.isStopped()) memory.createIndexes();
    memory.db.exec('COMMIT');
    if (hooks.isStopped() || !position) return closed(memory);
    memory.advance(position, applied);
    return memory;
  } catch (error) {
    closed(memory);
    throw error;
  }
}

function closed(memory: ReadModelFile): undefined {
  memory.close();
  return undefined;
}
