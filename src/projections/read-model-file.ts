import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Position } from '../event-store/event-store.port';
import { Projection } from './projection';

interface StateRow {
  commit_position: bigint | null;
  prepare_position: bigint | null;
  events_applied: bigint;
}

/** One generation of a projection's read model: its tables and its checkpoint in one SQLite file. */
export class ReadModelFile {
  readonly db: Database.Database;
  private readonly saveCheckpoint: Database.Statement;

  constructor(
    readonly file: string,
    readonly projection: Projection,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.defaultSafeIntegers(true);
    this.db.exec(`CREATE TABLE IF NOT EXISTS projection_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL, version INTEGER NOT NULL,
      commit_position INTEGER, prepare_position INTEGER,
      events_applied INTEGER NOT NULL DEFAULT 0)`);
    this.db.prepare('INSERT OR IGNORE INTO projection_state (id, name, version) VALUES (1, ?, ?)').run(projection.name, projection.version);
    projection.createTables(this.db);
    this.saveCheckpoint = this.db.prepare(
      'UPDATE projection_state SET commit_position = ?, prepare_position = ?, events_applied = events_applied + ? WHERE id = 1',
    );
  }

  checkpoint(): { position: Position | null; eventsApplied: bigint } {
    const row = this.db.prepare('SELECT * FROM projection_state WHERE id = 1').get() as StateRow;
    const position = row.commit_position === null ? null : { commit: row.commit_position, prepare: row.prepare_position as bigint };
    return { position, eventsApplied: row.events_applied };
  }

  /** Stores the checkpoint; call inside the transaction that applied the events. */
  advance(position: Position, applied: number): void {
    this.saveCheckpoint.run(position.commit, position.prepare, applied);
  }

  /** Idempotent: the projection's indexes exist afterwards. */
  createIndexes(): void {
    this.projection.createIndexes?.(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
