/**
 * The status of every recommendation at a moment, as a SQL common table expression `snapshot`
 * (recommendation_id, status, responsible_id, due_date, implemented_at, and the recommendation's forum_id and proposed_at). Without a moment it is
 * today's state; with one it is read from the standings the projection prepared from the history (standing-spans.ts):
 * the last transition that had happened by then (effective time) and had been recorded by then (what was known at
 * that date), with the effective times as corrected by then.
 */
export interface Snapshot {
  cte: string;
  params: unknown[];
  /** The day (YYYY-MM-DD) against which due dates count as overdue. */
  today: string;
}

export const OPEN_STATUSES = ['assigned', 'accepted', 'in_progress'];
export const DONE_STATUSES = ['implemented', 'verified'];

/** A date alone means the end of that day (UTC). */
export function endOfMoment(asOf: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : new Date(asOf).toISOString();
}

/** What is known by `asOf` (the end of that moment), or everything when there is none. */
export function knownUntil(asOf?: string): string {
  return asOf ? endOfMoment(asOf) : '9999-12-31T23:59:59.999Z';
}

/** Which recommendations the snapshot takes (a condition on `r`'s forum_id or id): the rest are never visited. */
export interface SnapshotScope {
  where: string;
  params: unknown[];
}

const EVERY_RECOMMENDATION: SnapshotScope = { where: '1', params: [] };

export function snapshotAt(asOf?: string, now: Date = new Date(), scope: SnapshotScope = EVERY_RECOMMENDATION): Snapshot {
  if (!asOf) {
    return {
      cte: `snapshot AS (SELECT r.id AS recommendation_id, r.status, r.responsible_id, r.due_date, r.implemented_at, r.forum_id, r.proposed_at
        FROM recommendations r WHERE ${scope.where})`,
      params: scope.params,
      today: now.toISOString().slice(0, 10),
    };
  }
  const moment = endOfMoment(asOf);
  // The projection prepared the standings (recommendation_standings): one span per recommendation holds the moment.
  // The table is named `r` so that a scope's condition on forum_id or id reads it directly.
  return {
    cte: `snapshot AS (
      SELECT r.id AS recommendation_id, r.status, r.responsible_id, r.due_date, r.implemented_at, r.forum_id, r.proposed_at
      FROM recommendation_standings r
      WHERE r.known_from <= ? AND (r.known_until IS NULL OR r.known_until > ?) AND ${scope.where})`,
    params: [moment, moment, ...scope.params],
    today: moment.slice(0, 10),
  };
}
