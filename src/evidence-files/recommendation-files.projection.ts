import type Database from 'better-sqlite3';
import { batchByBatch, type Projection } from '../projections/projection';
import type { Evidence } from '../recommendations/recommendation.events';
import { statement } from '../projections/statement-cache';

const RECOMMENDATION = 'recommendation-';

/** Which uploaded files belong to which recommendation: every file a recommendation's event names as evidence. */
export const recommendationFilesProjection: Projection = {
  name: 'evidence-files',
  version: 1,
  streamPrefixes: [RECOMMENDATION],
  // Built from the start in memory and written once; RecommendationFiles reads the file's connection at each query.
  rebuildInMemory: (db) => batchByBatch(recommendationFilesProjection, db),
  createTables(db: Database.Database): void {
    db.exec(`CREATE TABLE IF NOT EXISTS recommendation_files (
      recommendation_id TEXT NOT NULL, sha256 TEXT NOT NULL, position INTEGER NOT NULL,
      event_type TEXT NOT NULL, title TEXT NOT NULL, name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
      public INTEGER NOT NULL, PRIMARY KEY (recommendation_id, sha256, position))`);
  },
  apply(db, event) {
    const evidence = (event.data as { evidence?: Evidence[] }).evidence ?? [];
    const insert = statement(
      db,
      `INSERT OR IGNORE INTO recommendation_files (recommendation_id, sha256, position, event_type, title, name, media_type, size, public)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const { file, title, public: shown } of evidence) {
      if (!file) continue;
      const id = event.streamId.slice(RECOMMENDATION.length);
      insert.run(id, file.sha256, event.position.commit, event.type, title, file.name, file.mediaType, file.size, shown ? 1 : 0);
    }
  },
};

export interface RecommendationFile {
  sha256: string;
  title: string;
  name: string;
  mediaType: string;
  size: number;
  public: boolean;
  eventType: string;
}

function toFile(row: Record<string, unknown>): RecommendationFile {
  return {
    sha256: row.sha256 as string,
    title: row.title as string,
    name: row.name as string,
    mediaType: row.media_type as string,
    size: Number(row.size),
    public: Number(row.public) === 1,
    eventType: row.event_type as string,
  };
}

/** The files of a recommendation, in the order they were attached (a file attached twice: its first attachment). */
export function filesOf(db: Database.Database, recommendationId: string): RecommendationFile[] {
  const rows = db.prepare('SELECT * FROM recommendation_files WHERE recommendation_id = ? ORDER BY position').all(recommendationId) as Record<
    string,
    unknown
  >[];
  const seen = new Set<string>();
  return rows.map(toFile).filter((file) => !seen.has(file.sha256) && seen.add(file.sha256));
}

/** The file, when one of the recommendation's events names it. */
export function fileOf(db: Database.Database, recommendationId: string, sha256: string): RecommendationFile | null {
  const row = db
    .prepare('SELECT * FROM recommendation_files WHERE recommendation_id = ? AND sha256 = ? ORDER BY position LIMIT 1')
    .get(recommendationId, sha256);
  return row ? toFile(row as Record<string, unknown>) : null;
}
