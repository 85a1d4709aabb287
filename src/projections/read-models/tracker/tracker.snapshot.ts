/**
 * The status of every recommendation at a moment, as a SQL common table expression `snapshot`
 * (recommendation_id, status, responsible_id, due_date, implemented_at, and the recommendation's forum_id and proposed_at). Without a moment it is
 * today's state; with one it is computed from the history: the last transition that had happened
 * by then (effective time) and had been recorded by then (what was known at that date), with the effective
 * times as corrected by then.
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

/** Which recommendations the snapshot takes (a condition on `r`, the recommendations table): the rest are never visited. */
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
  // One range of the history's key per recommendation (its rows lie together), rather than ranking the whole history table.
  return {
    cte: `snapshot AS (
      SELECT r.id AS recommendation_id, h.status_after AS status, h.responsible_id, h.due_date, r.forum_id, r.proposed_at,
        CASE WHEN h.status_after IN ('implemented', 'verified') THEN
          (SELECT MAX(i.effective_at) FROM recommendation_history i
           WHERE i.recommendation_id = r.id AND i.event_type = 'RecommendationImplemented' AND i.effective_at <= ? AND i.recorded_at <= ?
             AND (i.superseded_at IS NULL OR i.superseded_at > ?))
        END AS implemented_at
      FROM recommendations r
      JOIN recommendation_history h ON h.recommendation_id = r.id AND h.position = (
        SELECT x.position FROM recommendation_history x
        WHERE x.recommendation_id = r.id AND x.effective_at <= ? AND x.recorded_at <= ? AND (x.superseded_at IS NULL OR x.superseded_at > ?)
        ORDER BY x.effective_at DESC, x.revision DESC LIMIT 1)
      WHERE ${scope.where})`,
    params: [moment, moment, moment, moment, moment, moment, ...scope.params],
    today: moment.slice(0, 10),
  };
}
