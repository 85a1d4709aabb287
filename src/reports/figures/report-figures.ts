import { AGING_BUCKETS, STATUSES, StatusCounts, agingBucket, daysBetween, median, round } from '../../projections/read-models/tracker/tracker.figures';
import { Standing, isDone, isOverdueAt } from '../source/timeline';

export { AGING_BUCKETS, STATUSES, agingBucket, daysBetween, median, round };
export type { StatusCounts };
export type AgingBuckets = Record<(typeof AGING_BUCKETS)[number], number>;

/** Figures over standings at one moment; the same definitions as the read-model queries (tracker.figures). */
export function countStatuses(standings: Standing[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const s of standings) counts[s.status as keyof StatusCounts] += 1;
  return counts;
}

/** Implemented or verified, out of all not withdrawn; null when there is nothing to count. */
export function implementationRateOf(standings: Standing[]): number | null {
  const counted = standings.filter((s) => s.status !== 'withdrawn');
  return counted.length === 0 ? null : round(counted.filter((s) => isDone(s.status)).length / counted.length);
}

/** Of those implemented, the share implemented on or before the due date that stood. */
export function onTimeRateOf(standings: Standing[]): number | null {
  const done = standings.filter((s) => isDone(s.status) && s.implementedAt && s.dueDate);
  if (done.length === 0) return null;
  return round(done.filter((s) => (s.implementedAt as string).slice(0, 10) <= (s.dueDate as string)).length / done.length);
}

export function medianDaysToImplementationOf(standings: Standing[]): number | null {
  return median(standings.filter((s) => isDone(s.status) && s.implementedAt).map((s) => daysBetween(s.proposedAt, s.implementedAt as string)));
}

export function overdueOf(standings: Standing[], day: string): { count: number; buckets: AgingBuckets } {
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b) => [b, 0])) as AgingBuckets;
  const overdue = standings.filter((s) => isOverdueAt(s, day));
  for (const s of overdue) buckets[agingBucket(daysBetween(s.dueDate as string, day))] += 1;
  return { count: overdue.length, buckets };
}
