import type Database from 'better-sqlite3';
import { forumFollowThrough, ForumFollowThrough } from './forum-follow-through.query';
import { statusRows } from './status-rows.query';
import { StatusCounts, countByStatus, implementationRate, isOverdue } from './tracker.figures';

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

/** The forums a donor funds and their recommendations by status. */
export function donorPortfolio(db: Database.Database, donorId: string, asOf?: string): DonorPortfolio {
  const standing = statusRows(db, { asOf, donorId });
  const { rows, today } = standing;
  const donor = db.prepare('SELECT name FROM organisations WHERE id = ?').get(donorId) as { name: string } | undefined;
  return {
    donorId,
    donorName: donor?.name ?? null,
    asOf: asOf ?? null,
    forums: forumFollowThrough(db, { asOf, donorId }, standing),
    recommendations: rows.length,
    byStatus: countByStatus(rows),
    overdue: rows.filter((r) => isOverdue(r, today)).length,
    implementationRate: implementationRate(rows),
  };
}
