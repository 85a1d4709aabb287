import type Database from 'better-sqlite3';
import { statusRows } from './status-rows.query';
import { AGING_BUCKETS, agingBucket, daysBetween, isOverdue } from './tracker.figures';

export interface OverdueCommitment {
  recommendationId: string;
  forumId: string;
  responsibleOrganisationId: string | null;
  status: string;
  dueDate: string;
  daysOverdue: number;
  bucket: (typeof AGING_BUCKETS)[number];
}

export interface OverdueAging {
  today: string;
  buckets: Record<(typeof AGING_BUCKETS)[number], number>;
  commitments: OverdueCommitment[];
}

/** Open commitments past their due date, by how long they are overdue: 0-30, 31-90, over 90 days. */
export function overdueAging(db: Database.Database, options: { asOf?: string; donorId?: string; organisationId?: string }): OverdueAging {
  const { rows, today } = statusRows(db, options);
  const commitments = rows
    .filter((r) => isOverdue(r, today) && (!options.organisationId || r.responsibleId === options.organisationId))
    .map((r) => {
      const daysOverdue = daysBetween(r.dueDate as string, today);
      return {
        recommendationId: r.id,
        forumId: r.forumId,
        responsibleOrganisationId: r.responsibleId,
        status: r.status,
        dueDate: r.dueDate as string,
        daysOverdue,
        bucket: agingBucket(daysOverdue),
      };
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.recommendationId.localeCompare(b.recommendationId));
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as OverdueAging['buckets'];
  for (const c of commitments) buckets[c.bucket] += 1;
  return { today, buckets, commitments };
}
