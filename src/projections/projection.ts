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
}
