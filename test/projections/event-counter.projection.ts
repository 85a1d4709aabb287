import type Database from 'better-sqlite3';
import { RecordedEvent } from '../../src/event-store/event-store.port';
import { Projection } from '../../src/projections/projection';

/**
 * A deliberately non-idempotent projection (it increments counters): an event applied twice
 * or missed shows up as a wrong count, which is what the machinery tests look for.
 */
export const eventCounter: Projection = {
  name: 'event-counter',
  version: 1,
  streamPrefixes: ['counted-'],
  createTables(db: Database.Database): void {
    db.exec('CREATE TABLE IF NOT EXISTS counts (stream_id TEXT PRIMARY KEY, events INTEGER NOT NULL, total INTEGER NOT NULL)');
  },
  apply(db: Database.Database, event: RecordedEvent): void {
    db.prepare(
      `INSERT INTO counts (stream_id, events, total) VALUES (?, 1, ?)
       ON CONFLICT (stream_id) DO UPDATE SET events = events + 1, total = total + excluded.total`,
    ).run(event.streamId, Number(event.data.n));
  },
};

export function countsIn(db: Database.Database): Record<string, { events: number; total: number }> {
  const rows = db.prepare('SELECT * FROM counts ORDER BY stream_id').all() as { stream_id: string; events: bigint; total: bigint }[];
  return Object.fromEntries(rows.map((r) => [r.stream_id, { events: Number(r.events), total: Number(r.total) }]));
}
