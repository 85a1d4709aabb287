import { DONE_STATUSES, OPEN_STATUSES } from './tracker.snapshot';
import { StatusRow } from './status-rows.query';

/** Figures computed the same way by every read-model query and report. Pure functions of status rows. */

export const STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'] as const;
export type StatusCounts = Record<(typeof STATUSES)[number], number>;

const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY);
}

export function noStatusCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

export function countByStatus(rows: StatusRow[]): StatusCounts {
  const counts = noStatusCounts();
  for (const row of rows) counts[row.status as keyof StatusCounts] += 1;
  return counts;
}

export function isOverdue(row: StatusRow, today: string): boolean {
  return OPEN_STATUSES.includes(row.status) && row.dueDate !== null && row.dueDate < today;
}

export function isDone(row: StatusRow): boolean {
  return DONE_STATUSES.includes(row.status);
}

/** Implemented or verified, out of all not withdrawn; null when there is nothing to count. */
export function implementationRate(rows: StatusRow[]): number | null {
  return implementationRateOf(countByStatus(rows));
}

/** The implementation rate from counts by status (a query that counted in SQL). */
export function implementationRateOf(counts: StatusCounts): number | null {
  let all = 0;
  for (const status of STATUSES) all += counts[status];
  const counted = all - counts.withdrawn;
  return counted === 0 ? null : round((counts.implemented + counts.verified) / counted);
}

/** Of the implemented ones, the share implemented on or before their due date. */
export function onTimeRate(rows: StatusRow[]): number | null {
  const done = rows.filter((r) => isDone(r) && r.implementedAt && r.dueDate);
  if (done.length === 0) return null;
  return round(done.filter((r) => (r.implementedAt as string).slice(0, 10) <= (r.dueDate as string)).length / done.length);
}

export function medianDaysToImplementation(rows: StatusRow[]): number | null {
  const days = rows.filter((r) => isDone(r) && r.implementedAt).map((r) => daysBetween(r.proposedAt, r.implementedAt as string));
  return median(days);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const AGING_BUCKETS = ['0-30', '31-90', 'over 90'] as const;

export function agingBucket(daysOverdue: number): (typeof AGING_BUCKETS)[number] {
  if (daysOverdue <= 30) return '0-30';
  return daysOverdue <= 90 ? '31-90' : 'over 90';
}

export function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
