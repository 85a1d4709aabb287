import type Database from 'better-sqlite3';
import type { Transition } from '../../../recommendations/queries/get-status-history';
import { knownUntil } from './tracker.snapshot';

/**
 * Every transition of one recommendation, in the order it was recorded; with `asOf`, only what had been
 * recorded by then, with the effective times as corrected by then.
 */
export function statusHistory(db: Database.Database, recommendationId: string, asOf?: string): Transition[] {
  const moment = knownUntil(asOf);
  const rows = db
    .prepare(
      `SELECT * FROM recommendation_history WHERE recommendation_id = ? AND recorded_at <= ? AND (superseded_at IS NULL OR superseded_at > ?)
       ORDER BY revision, position`,
    )
    .all(recommendationId, moment, moment) as Record<string, unknown>[];
  const corrections = db
    .prepare('SELECT * FROM recommendation_corrections WHERE recommendation_id = ? AND recorded_at <= ? ORDER BY position')
    .all(recommendationId, moment) as Record<string, unknown>[];
  return [...rows.map(toTransition), ...corrections.map(toCorrection)].sort((a, b) => a.revision - b.revision);
}

/** A corrected text, themes, priority or targets, in the timeline: the status stays, `corrected` says what changed from what. */
function toCorrection(row: Record<string, unknown>): Transition {
  return {
    position: String(row.position),
    revision: Number(row.revision),
    type: 'RecommendationCorrected',
    from: row.status as string,
    to: row.status as string,
    responsibleOrganisationId: null,
    dueDate: null,
    effectiveAt: row.recorded_at as string,
    recordedAt: row.recorded_at as string,
    actor: {
      accountId: (row.actor_account_id as string) ?? null,
      organisationId: (row.actor_organisation_id as string) ?? null,
      role: (row.actor_role as string) ?? null,
    },
    note: row.reason as string,
    evidence: [],
    percentComplete: null,
    corrected: { changed: JSON.parse(row.changed as string), previous: JSON.parse(row.previous as string) },
  };
}

export function toTransition(row: Record<string, unknown>): Transition {
  return {
    position: String(row.corrects_position ?? row.position),
    revision: Number(row.revision),
    type: row.event_type as string,
    from: row.status_before as string,
    to: row.status_after as string,
    responsibleOrganisationId: (row.responsible_id as string) ?? null,
    dueDate: (row.due_date as string) ?? null,
    effectiveAt: row.effective_at as string,
    recordedAt: row.recorded_at as string,
    actor: {
      accountId: (row.actor_account_id as string) ?? null,
      organisationId: (row.actor_organisation_id as string) ?? null,
      role: (row.actor_role as string) ?? null,
    },
    note: (row.note as string) ?? null,
    evidence: JSON.parse(row.evidence as string),
    percentComplete: row.percent_complete === null ? null : Number(row.percent_complete),
  };
}
