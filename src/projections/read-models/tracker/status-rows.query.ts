import type Database from 'better-sqlite3';
import { SnapshotScope, snapshotAt } from './tracker.snapshot';

/** One recommendation as it stood at the snapshot's moment, with what the figures need. */
export interface StatusRow {
  id: string;
  forumId: string;
  status: string;
  responsibleId: string | null;
  dueDate: string | null;
  proposedAt: string;
  implementedAt: string | null;
}

export interface StatusRows {
  rows: StatusRow[];
  /** The day against which due dates count. */
  today: string;
}

export interface StatusRowsOptions {
  asOf?: string;
  donorId?: string;
  forumId?: string;
}

/** Only the recommendations of one donor's forums, or of one forum, are visited (not filtered after the snapshot). */
export function scopeOf(options: StatusRowsOptions): SnapshotScope {
  const where: string[] = [];
  const params: unknown[] = [];
  if (options.donorId) {
    where.push('r.forum_id IN (SELECT forum_id FROM forum_funders WHERE organisation_id = ?)');
    params.push(options.donorId);
  }
  if (options.forumId) {
    where.push('r.forum_id = ?');
    params.push(options.forumId);
  }
  return { where: where.length ? where.join(' AND ') : '1', params };
}

/** Every recommendation known at `asOf` (or now), optionally only those of one donor's forums. */
export function statusRows(db: Database.Database, options: StatusRowsOptions): StatusRows {
  const snapshot = snapshotAt(options.asOf, new Date(), scopeOf(options));
  const rows = db
    .prepare(
      `WITH ${snapshot.cte}
       SELECT s.recommendation_id AS id, s.forum_id, s.status, s.responsible_id, s.due_date, s.proposed_at, s.implemented_at
       FROM snapshot s ORDER BY s.recommendation_id`,
    )
    .all(...snapshot.params) as Record<string, string | null>[];
  return {
    today: snapshot.today,
    rows: rows.map((r) => ({
      id: r.id as string,
      forumId: r.forum_id as string,
      status: r.status as string,
      responsibleId: r.responsible_id,
      dueDate: r.due_date,
      proposedAt: r.proposed_at as string,
      implementedAt: r.implemented_at,
    })),
  };
}
