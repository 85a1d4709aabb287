import type Database from 'better-sqlite3';
import type { Projection } from '../projections/projection';
import { statement } from '../projections/statement-cache';

/** The translations' read side: each item's latest text per language, who translated it and when. */
export const translationProjection: Projection = {
  name: 'translation',
  version: 1,
  streamPrefixes: ['translation-'],
  createTables(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS translations (
      item_id TEXT NOT NULL, item_kind TEXT NOT NULL, language TEXT NOT NULL, text TEXT NOT NULL,
      translated_by TEXT NOT NULL, translated_at TEXT NOT NULL, last_position INTEGER NOT NULL,
      PRIMARY KEY (item_id, language))`);
  },
  apply(db, event) {
    if (event.type !== 'RecommendationTextTranslated' && event.type !== 'ForumTitleTranslated') return;
    const data = event.data as { recommendationId?: string; forumId?: string; language: string; text?: string; title?: string };
    const metadata = event.metadata as { recordedAt: string; actor: { accountId: string } };
    const [itemId, kind, text] =
      event.type === 'RecommendationTextTranslated' ? [data.recommendationId, 'recommendation', data.text] : [data.forumId, 'forum', data.title];
    statement(
      db,
      `INSERT INTO translations (item_id, item_kind, language, text, translated_by, translated_at, last_position) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (item_id, language) DO UPDATE SET text = excluded.text, translated_by = excluded.translated_by,
         translated_at = excluded.translated_at, last_position = excluded.last_position
       WHERE excluded.last_position > translations.last_position`,
    ).run(itemId, kind, data.language, text, metadata.actor.accountId, metadata.recordedAt, event.position.commit);
  },
};

export interface StoredTranslation {
  itemId: string;
  kind: 'recommendation' | 'forum';
  language: string;
  text: string;
  translatedBy: string;
  translatedAt: string;
}

export function storedTranslations(db: Database.Database, itemIds: string[]): StoredTranslation[] {
  if (itemIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT item_id, item_kind, language, text, translated_by, translated_at FROM translations
       WHERE item_id IN (SELECT value FROM json_each(?)) ORDER BY item_id, language`,
    )
    .all(JSON.stringify(itemIds)) as Record<string, string>[];
  return rows.map((row) => ({
    itemId: row.item_id,
    kind: row.item_kind as StoredTranslation['kind'],
    language: row.language,
    text: row.text,
    translatedBy: row.translated_by,
    translatedAt: row.translated_at,
  }));
}
