import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Position } from '../event-store/event-store.port';
import { Projection } from './projection';

interface StateRow {
  commit_position: bigint | null;
  prepare_position: bigint | null;
  events_applied: bigint;
}

const IN_MEMORY = ':memory:';
/** Pages copied per turn of the event loop when a read model built in memory is written to its file (2 MB). */
const PAGES_PER_STEP = 512;

/** One generation of a projection's read model: its tables and its checkpoint in one SQLite file. */
export class ReadModelFile {
  private connection!: Database.Database;
  private saveCheckpoint!: Database.Statement;

  constructor(
    readonly file: string,
    readonly projection: Projection,
  ) {
    if (file !== IN_MEMORY) {
      mkdirSync(dirname(file), { recursive: true });
      // What a write of a rebuild left when the process stopped before it was complete.
      rmSync(writingFileOf(file), { force: true });
    }
    this.open();
  }

  /** A read model of the same projection in memory: a rebuild from the start builds there, then `replaceWith` writes it. */
  static inMemory(projection: Projection): ReadModelFile {
    return new ReadModelFile(IN_MEMORY, projection);
  }

  get db(): Database.Database {
    return this.connection;
  }

  private open(): void {
    this.connection = new Database(this.file);
    const db = this.connection;
    // In memory, a transaction needs no journal to roll back: the rebuild is abandoned whole if it fails.
    db.pragma(this.file === IN_MEMORY ? 'journal_mode = OFF' : 'journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.defaultSafeIntegers(true);
    db.exec(`CREATE TABLE IF NOT EXISTS projection_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL, version INTEGER NOT NULL,
      commit_position INTEGER, prepare_position INTEGER,
      events_applied INTEGER NOT NULL DEFAULT 0)`);
    db.prepare('INSERT OR IGNORE INTO projection_state (id, name, version) VALUES (1, ?, ?)').run(this.projection.name, this.projection.version);
    this.projection.createTables(db);
    this.saveCheckpoint = db.prepare('UPDATE projection_state SET commit_position = ?, prepare_position = ?, events_applied = events_applied + ? WHERE id = 1');
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

  /**
   * Writes `built` (a read model built in memory, with its checkpoint) as this file, a few megabytes per turn of the
   * event loop, into a file of its own first: the read model is replaced only once it is complete, so a crash while
   * writing leaves this file as it was. Closes `built`. The connection `db` is a new one afterwards.
   */
  async replaceWith(built: ReadModelFile): Promise<void> {
    rmSync(this.writingFile, { force: true });
    await built.db.backup(this.writingFile, { progress: () => PAGES_PER_STEP });
    built.close();
    this.adoptWritten();
  }

  /** Where a read model built elsewhere is written before it replaces this file (deleted when found at opening). */
  get writingFile(): string {
    return writingFileOf(this.file);
  }

  /** Replaces this file with the complete one at `writingFile` (written by a rebuild's worker). */
  adoptWritten(): void {
    this.close();
    for (const suffix of ['-wal', '-shm']) rmSync(`${this.file}${suffix}`, { force: true });
    renameSync(this.writingFile, this.file);
    this.open();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

const writingFileOf = (file: string) => `${file}.writing`;
