import type Database from 'better-sqlite3';
import { RecordedEvent } from '../event-store/event-store.port';

/**
 * A read model built from the global log. Its tables live in a SQLite file of its own, one file per
 * generation, together with its checkpoint, so a change and its checkpoint commit together.
 */
export interface Projection {
  /** Stable name; also the file name of its read model. */
  readonly name: string;
  /** Bump when the tables or the handling change: the app then rebuilds it from the start. */
  readonly version: number;
  /** Only events of streams starting with these prefixes are delivered. */
  readonly streamPrefixes: string[];
  createTables(db: Database.Database): void;
  /** Indexes that only queries need, made when the projection has caught up (so not kept during a rebuild). */
  createIndexes?(db: Database.Database): void;
  /** Called inside the transaction that also stores the checkpoint. Must tolerate a redelivered event. */
  apply(db: Database.Database, event: RecordedEvent): void;
  /** Applies a batch in the same transaction; for projections that gain from seeing the batch at once. */
  applyBatch?(db: Database.Database, events: RecordedEvent[]): void;
  /**
   * Opts in to building from the start in memory (see `InMemoryRebuild`): the runner then applies the log up to its
   * head to an in-memory database through this session, and writes the file once when caught up. Only for read models
   * that are read through the engine or the runner at each query (the file's connection is replaced when it is written).
   */
  rebuildInMemory?(db: Database.Database): RebuildSession;
}

/** A rebuild from the start: it may keep rows in objects across batches, and writes them when `finish`ed. */
export interface RebuildSession {
  apply(events: RecordedEvent[]): void;
  /** Writes what is kept in objects; yields between chunks so that the event loop can answer meanwhile. */
  finish(): Iterable<void>;
}

/** A session that applies each batch as the projection would incrementally, and keeps nothing across batches. */
export function batchByBatch(projection: Projection, db: Database.Database): RebuildSession {
  return {
    apply(events) {
      if (projection.applyBatch) projection.applyBatch(db, events);
      else for (const event of events) projection.apply(db, event);
    },
    finish: () => [],
  };
}
