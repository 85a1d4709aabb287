import type Database from 'better-sqlite3';
import { StatusRowsOptions, scopeOf } from './status-rows.query';
import { StatusCounts, implementationRateOf, median, noStatusCounts } from './tracker.figures';
import { DONE_STATUSES, OPEN_STATUSES, snapshotAt } from './tracker.snapshot';

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

/** A forum's recommendations as they stood: counted by status, the overdue ones, and each implementation's days since proposal. */
export interface ForumStanding {
  recommendations: number;
  byStatus: StatusCounts;
  overdue: number;
  daysToImplementation: number[];
}

export interface ForumStandings {
  byForum: Map<string, ForumStanding>;
  /** The day against which due dates count. */
  today: string;
}

const quoted = (statuses: string[]) => statuses.map((s) => `'${s}'`).join(', ');

/**
 * The figures' inputs counted in SQL, by forum and status (a few rows per forum rather than one per recommendation):
 * the same definitions as tracker.figures — overdue is open with a due date before today, the days are
 * daysBetween(proposedAt, implementedAt) of those implemented or verified (the difference of two midnights).
 */
export function forumStandings(db: Database.Database, options: StatusRowsOptions): ForumStandings {
  const snapshot = snapshotAt(options.asOf, new Date(), scopeOf(options));
  const groups = db
    .prepare(
      `WITH ${snapshot.cte}
       SELECT s.forum_id, s.status, count(*) AS n,
         sum(CASE WHEN s.status IN (${quoted(OPEN_STATUSES)}) AND s.due_date < ? THEN 1 ELSE 0 END) AS overdue,
         group_concat(CASE WHEN s.status IN (${quoted(DONE_STATUSES)}) AND s.implemented_at IS NOT NULL
           THEN CAST(julianday(substr(s.implemented_at, 1, 10)) - julianday(substr(s.proposed_at, 1, 10)) AS INTEGER) END) AS days
       FROM snapshot s GROUP BY s.forum_id, s.status`,
    )
    .raw(true)
    .safeIntegers(false)
    .all(...snapshot.params, snapshot.today) as [string, string, number, number, string | null][];
  const byForum = new Map<string, ForumStanding>();
  for (const [forumId, status, n, overdue, days] of groups) {
    let forum = byForum.get(forumId);
    if (!forum) byForum.set(forumId, (forum = emptyStanding()));
    forum.recommendations += n;
    forum.byStatus[status as keyof StatusCounts] += n;
    forum.overdue += overdue;
    if (days !== null) for (const d of days.split(',')) forum.daysToImplementation.push(Number(d));
  }
  return { byForum, today: snapshot.today };
}

export function emptyStanding(): ForumStanding {
  return { recommendations: 0, byStatus: noStatusCounts(), overdue: 0, daysToImplementation: [] };
}

/** For each forum: how far its recommendations have been carried out (from `standings`, when the caller has them already). */
export function forumFollowThrough(
  db: Database.Database,
  options: StatusRowsOptions,
  standings: ForumStandings = forumStandings(db, options),
): ForumFollowThrough[] {
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
    const own = standings.byForum.get(forum.id) ?? emptyStanding();
    return {
      forumId: forum.id,
      title: forum.title,
      kind: forum.kind,
      startDate: forum.start_date,
      ...(forum.date_precision === 'month' ? { datePrecision: 'month' as const } : {}),
      region: forum.region,
      funders: (JSON.parse(forum.funders) as string[]).sort(),
      recommendations: own.recommendations,
      byStatus: own.byStatus,
      overdue: own.overdue,
      implementationRate: implementationRateOf(own.byStatus),
      medianDaysToImplementation: median(own.daysToImplementation),
    };
  });
}
