import Database from 'better-sqlite3';
import { join } from 'node:path';

/** One event as the embedded store keeps it: the raw log, read without any of the app's code. */
export interface LoggedEvent {
  position: number;
  stream: string;
  revision: number;
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the model reads raw JSON as the store holds it
  data: any;
  recordedAt: string;
  effectiveAt: string;
}

export function readEventLog(dataDir: string): LoggedEvent[] {
  const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT position, stream_id, revision, type, data, metadata FROM events ORDER BY position').all() as {
      position: number;
      stream_id: string;
      revision: number;
      type: string;
      data: string;
      metadata: string;
    }[];
    return rows.map((row) => {
      const metadata = JSON.parse(row.metadata) as { recordedAt: string; effectiveAt: string };
      return {
        position: row.position,
        stream: row.stream_id,
        revision: row.revision,
        type: row.type,
        data: JSON.parse(row.data),
        recordedAt: metadata.recordedAt,
        effectiveAt: metadata.effectiveAt,
      };
    });
  } finally {
    db.close();
  }
}
