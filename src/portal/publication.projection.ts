import type Database from 'better-sqlite3';
import type { Projection } from '../projections/projection';
import { statement } from '../projections/statement-cache';

/** The portal's read side: which forums are published now, under which licence, since when. */
export const publicationProjection: Projection = {
  name: 'publication',
  version: 1,
  streamPrefixes: ['publication-'],
  createTables(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS publications (
      forum_id TEXT PRIMARY KEY, published INTEGER NOT NULL, licence TEXT NOT NULL,
      published_at TEXT NOT NULL, last_position INTEGER NOT NULL)`);
  },
  apply(db, event) {
    const data = event.data as { forumId: string; licence?: string };
    const recordedAt = (event.metadata as { recordedAt: string }).recordedAt;
    if (event.type === 'ForumPublished') {
      statement(
        db,
        `INSERT INTO publications (forum_id, published, licence, published_at, last_position) VALUES (?, 1, ?, ?, ?)
         ON CONFLICT (forum_id) DO UPDATE SET published = 1, licence = excluded.licence, published_at = excluded.published_at,
           last_position = excluded.last_position WHERE excluded.last_position > publications.last_position`,
      ).run(data.forumId, data.licence, recordedAt, event.position.commit);
    } else if (event.type === 'ForumUnpublished') {
      statement(db, 'UPDATE publications SET published = 0, last_position = ? WHERE forum_id = ? AND last_position < ?').run(
        event.position.commit,
        data.forumId,
        event.position.commit,
      );
    }
  },
};

export interface PublishedForum {
  forumId: string;
  licence: string;
  publishedAt: string;
}

const toPublishedForum = (row: Record<string, string>): PublishedForum => ({ forumId: row.forum_id, licence: row.licence, publishedAt: row.published_at });

export function publishedForum(db: Database.Database, forumId: string): PublishedForum | undefined {
  const row = statement(db, 'SELECT forum_id, licence, published_at FROM publications WHERE published = 1 AND forum_id = ?').get(forumId) as
    Record<string, string> | undefined;
  return row && toPublishedForum(row);
}

export function publishedForums(db: Database.Database): PublishedForum[] {
  const rows = statement(db, 'SELECT forum_id, licence, published_at FROM publications WHERE published = 1 ORDER BY forum_id').all() as Record<
    string,
    string
  >[];
  return rows.map(toPublishedForum);
}
