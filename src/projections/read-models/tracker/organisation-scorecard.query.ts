import type Database from 'better-sqlite3';
import { statusRows } from './status-rows.query';
import { StatusCounts, countByStatus, isOverdue, medianDaysToImplementation, onTimeRate } from './tracker.figures';

export interface OrganisationScorecard {
  organisationId: string;
  organisationName: string;
  responsibleFor: number;
  byStatus: StatusCounts;
  overdue: number;
  onTimeRate: number | null;
  medianDaysToImplementation: number | null;
}

/** For each responsible organisation: what it holds by status, what is overdue, how timely it delivers. */
export function organisationScorecards(db: Database.Database, options: { asOf?: string; donorId?: string; organisationId?: string }): OrganisationScorecard[] {
  const { rows, today } = statusRows(db, options);
  const byOrganisation = new Map<string, typeof rows>();
  for (const row of rows) {
    if (!row.responsibleId || (options.organisationId && row.responsibleId !== options.organisationId)) continue;
    byOrganisation.set(row.responsibleId, [...(byOrganisation.get(row.responsibleId) ?? []), row]);
  }
  const names = organisationNames(db);
  return [...byOrganisation.entries()]
    .map(([organisationId, held]) => ({
      organisationId,
      organisationName: names.get(organisationId) ?? organisationId,
      responsibleFor: held.length,
      byStatus: countByStatus(held),
      overdue: held.filter((r) => isOverdue(r, today)).length,
      onTimeRate: onTimeRate(held),
      medianDaysToImplementation: medianDaysToImplementation(held),
    }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.organisationId.localeCompare(b.organisationId));
}

export function organisationNames(db: Database.Database): Map<string, string> {
  const rows = db.prepare('SELECT id, name FROM organisations').all() as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
