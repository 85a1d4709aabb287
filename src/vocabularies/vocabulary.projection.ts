import type Database from 'better-sqlite3';
import type { RecordedEvent } from '../event-store/event-store.port';
import type { Projection } from '../projections/projection';
import { statement } from '../projections/statement-cache';
import type { VocabularyIndex } from './vocabulary-index';
import { VOCABULARY_EVENTS, VocabularyEvent } from './vocabulary.events';

const TYPES = new Set<string>(VOCABULARY_EVENTS.map((event) => event.type));

/**
 * The vocabularies' read side: their events, in log order, in the read model's file, and folded into an index in
 * memory so that lookups are synchronous. The index is loaded from the file at start (loadVocabularyEvents).
 */
export function vocabularyProjection(index: VocabularyIndex): Projection {
  return {
    name: 'vocabulary',
    version: 1,
    streamPrefixes: ['vocabulary-'],
    createTables(db: Database.Database): void {
      db.exec('CREATE TABLE IF NOT EXISTS vocabulary_events (commit_position INTEGER PRIMARY KEY, type TEXT NOT NULL, data TEXT NOT NULL)');
    },
    apply(db, event: RecordedEvent) {
      if (!TYPES.has(event.type)) return;
      const stored = statement(db, 'INSERT OR IGNORE INTO vocabulary_events (commit_position, type, data) VALUES (?, ?, ?)').run(
        event.position.commit,
        event.type,
        JSON.stringify(event.data),
      );
      if (stored.changes > 0) index.apply({ type: event.type, data: event.data } as unknown as VocabularyEvent);
    },
  };
}

/** Folds the events the file holds into the index, in log order. */
export function loadVocabularyEvents(db: Database.Database, index: VocabularyIndex): void {
  const rows = db.prepare('SELECT type, data FROM vocabulary_events ORDER BY commit_position').all() as { type: string; data: string }[];
  for (const row of rows) index.apply({ type: row.type, data: JSON.parse(row.data) } as VocabularyEvent);
}
