import type Database from 'better-sqlite3';

/** The embedded store's tables. The global position is the rowid: gap-free because rows are never deleted. */
export function createEventStoreSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position  INTEGER PRIMARY KEY,
      event_id  TEXT    NOT NULL,
      stream_id TEXT    NOT NULL,
      revision  INTEGER NOT NULL,
      type      TEXT    NOT NULL,
      data      TEXT    NOT NULL,
      metadata  TEXT    NOT NULL,
      created   INTEGER NOT NULL,
      UNIQUE (stream_id, revision)
    );
    CREATE INDEX IF NOT EXISTS events_by_event_id ON events (event_id);
    CREATE TABLE IF NOT EXISTS streams (
      stream_id TEXT PRIMARY KEY,
      revision  INTEGER NOT NULL
    ) WITHOUT ROWID;
  `);
}
