import type Database from 'better-sqlite3';
import { ForumFollowThrough, emptyStanding, forumFollowThrough, forumStandings } from './forum-follow-through.query';
import { STATUSES, StatusCounts, implementationRateOf } from './tracker.figures';

export interface DonorPortfolio {
  donorId: string;
  donorName: string | null;
  asOf: string | null;
  forums: ForumFollowThrough[];
  recommendations: number;
  byStatus: StatusCounts;
  overdue: number;
  implementationRate: number | null;
}

/** The forums a donor funds and their recommendations by status (counted in SQL by forum, then summed). */
export function donorPortfolio(db: Database.Database, donorId: string, asOf?: string): DonorPortfolio {
  const standings = forumStandings(db, { asOf, donorId });
  const all = emptyStanding();
  for (const forum of standings.byForum.values()) {
    all.recommendations += forum.recommendations;
    all.overdue += forum.overdue;
    for (const status of STATUSES) all.byStatus[status] += forum.byStatus[status];
  }
  const donor = db.prepare('SELECT name FROM organisations WHERE id = ?').get(donorId) as { name: string } | undefined;
  return {
    donorId,
    donorName: donor?.name ?? null,
    asOf: asOf ?? null,
    forums: forumFollowThrough(db, { asOf, donorId }, standings),
    recommendations: all.recommendations,
    byStatus: all.byStatus,
    overdue: all.overdue,
    implementationRate: implementationRateOf(all.byStatus),
  };
}
