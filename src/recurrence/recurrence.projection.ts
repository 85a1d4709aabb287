import type Database from 'better-sqlite3';
import type { Projection } from '../projections/projection';
import { statement } from '../projections/statement-cache';

/** The links between recommendations and the earlier ones they repeat, as they stand now. */
export const recurrenceProjection: Projection = {
  name: 'recurrence',
  version: 1,
  streamPrefixes: ['recurrence-'],
  createTables(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS repeat_links (
      recommendation_id TEXT NOT NULL, earlier_id TEXT NOT NULL, PRIMARY KEY (recommendation_id, earlier_id))`);
  },
  apply(db, event) {
    const data = event.data as { recommendationId: string; earlierId: string };
    if (event.type === 'RecommendationRepeatLinked') {
      statement(db, 'INSERT OR IGNORE INTO repeat_links (recommendation_id, earlier_id) VALUES (?, ?)').run(data.recommendationId, data.earlierId);
    } else if (event.type === 'RecommendationRepeatUnlinked') {
      statement(db, 'DELETE FROM repeat_links WHERE recommendation_id = ? AND earlier_id = ?').run(data.recommendationId, data.earlierId);
    }
  },
};

export interface RepeatLink {
  recommendationId: string;
  earlierId: string;
}

export function repeatLinks(db: Database.Database): RepeatLink[] {
  const rows = statement(db, 'SELECT recommendation_id, earlier_id FROM repeat_links ORDER BY recommendation_id, earlier_id').all() as Record<string, string>[];
  return rows.map((row) => ({ recommendationId: row.recommendation_id, earlierId: row.earlier_id }));
}
