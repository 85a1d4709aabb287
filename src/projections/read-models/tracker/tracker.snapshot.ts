/**
 * The status of every recommendation at a moment, as a SQL common table expression `snapshot`
 * (recommendation_id, status, responsible_id, due_date, implemented_at). Without a moment it is
 * today's state; with one it is computed from the history: the last transition that had happened
 * by then (effective time) and had been recorded by then (what was known at that date).
 */
export interface Snapshot {
  cte: string;
  params: string[];
  /** The day (YYYY-MM-DD) against which due dates count as overdue. */
  today: string;
}

export const OPEN_STATUSES = ['assigned', 'accepted', 'in_progress'];
export const DONE_STATUSES = ['implemented', 'verified'];

/** A date alone means the end of that day (UTC). */
export function endOfMoment(asOf: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T23:59:59.999Z` : new Date(asOf).toISOString();
}

export function snapshotAt(asOf?: string, now: Date = new Date()): Snapshot {
  if (!asOf) {
    return {
      cte: `snapshot AS (SELECT id AS recommendation_id, status, responsible_id, due_date, implemented_at FROM recommendations)`,
      params: [],
      today: now.toISOString().slice(0, 10),
    };
  }
  const moment = endOfMoment(asOf);
  return {
    cte: `known AS (SELECT * FROM recommendation_history WHERE effective_at <= ? AND recorded_at <= ?),
      latest AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY recommendation_id ORDER BY effective_at DESC, position DESC) AS rn FROM known),
      implemented AS (SELECT recommendation_id, MAX(effective_at) AS implemented_at FROM known
                      WHERE event_type = 'RecommendationImplemented' GROUP BY recommendation_id),
      snapshot AS (SELECT l.recommendation_id, l.status_after AS status, l.responsible_id, l.due_date,
                          CASE WHEN l.status_after IN ('implemented', 'verified') THEN i.implemented_at END AS implemented_at
                   FROM latest l LEFT JOIN implemented i ON i.recommendation_id = l.recommendation_id WHERE l.rn = 1)`,
    params: [moment, moment],
    today: moment.slice(0, 10),
  };
}
