import type Database from 'better-sqlite3';
import { StatusRow, StatusRows, StatusRowsOptions, statusRows } from './status-rows.query';
import { StatusCounts, countByStatus, implementationRate, isOverdue, medianDaysToImplementation } from './tracker.figures';

export interface ForumFollowThrough {
  forumId: string;
  title: string;
  kind: string;
  startDate: string;
  /** Only for a forum known to the month: its startDate is then the first of that month. */
  datePrecision?: 'month';
  region: string | null;
  funders: string[];
  recommendations: number;
  byStatus: StatusCounts;
  overdue: number;
  implementationRate: number | null;
  medianDaysToImplementation: number | null;
}

interface ForumRow {
  id: string;
  title: string;
  kind: string;
  start_date: string;
  date_precision: string | null;
  region: string | null;
  funders: string;
}

/** For each forum: how far its recommendations have been carried out (from `standing`, when the caller has it already). */
export function forumFollowThrough(db: Database.Database, options: StatusRowsOptions, standing: StatusRows = statusRows(db, options)): ForumFollowThrough[] {
  const { today } = standing;
  const byForum = new Map<string, StatusRow[]>();
  for (const row of standing.rows) {
    const own = byForum.get(row.forumId);
    if (own) own.push(row);
    else byForum.set(row.forumId, [row]);
  }
  const forums = db
    .prepare(
      `SELECT f.id, f.title, f.kind, f.start_date, json_extract(f.state, '$.datePrecision') AS date_precision, f.region,
         (SELECT json_group_array(organisation_id) FROM forum_funders WHERE forum_id = f.id) AS funders
       FROM forums f
       WHERE (? IS NULL OR f.id IN (SELECT forum_id FROM forum_funders WHERE organisation_id = ?)) AND (? IS NULL OR f.id = ?)
       ORDER BY f.start_date, f.id`,
    )
    .all(options.donorId ?? null, options.donorId ?? null, options.forumId ?? null, options.forumId ?? null) as ForumRow[];
  return forums.map((forum) => {
    const own = byForum.get(forum.id) ?? [];
    return {
      forumId: forum.id,
      title: forum.title,
      kind: forum.kind,
      startDate: forum.start_date,
      ...(forum.date_precision === 'month' ? { datePrecision: 'month' as const } : {}),
      region: forum.region,
      funders: (JSON.parse(forum.funders) as string[]).sort(),
      recommendations: own.length,
      byStatus: countByStatus(own),
      overdue: own.filter((r) => isOverdue(r, today)).length,
      implementationRate: implementationRate(own),
      medianDaysToImplementation: medianDaysToImplementation(own),
    };
  });
}
