import { KnownTransition, Standing, StandingSpan } from '../../../src/projections/read-models/tracker/standing-spans';

const knownAt = (row: KnownTransition, moment: string) =>
  row.effectiveAt <= moment && row.recordedAt <= moment && (row.supersededAt === null || row.supersededAt > moment);

/**
 * The reference: the standing at `moment` by its definition, the transition last in effect (ties by the order recorded)
 * of those that had happened and been recorded by then and not yet corrected; for an implemented or verified one, when
 * the latest implementation known took effect.
 */
export function standingAt(rows: KnownTransition[], moment: string): Standing | null {
  let last: KnownTransition | null = null;
  let implementedAt: string | null = null;
  for (const row of rows) {
    if (!knownAt(row, moment)) continue;
    if (!last || row.effectiveAt > last.effectiveAt || (row.effectiveAt === last.effectiveAt && row.revision > last.revision)) last = row;
    if (row.type === 'RecommendationImplemented' && (implementedAt === null || row.effectiveAt > implementedAt)) implementedAt = row.effectiveAt;
  }
  if (!last) return null;
  const done = last.status === 'implemented' || last.status === 'verified';
  return { status: last.status, responsibleId: last.responsibleId, dueDate: last.dueDate, implementedAt: done ? implementedAt : null };
}

/** The spans by their definition: `standingAt` asked at every moment where the standing may change, equal neighbours merged. */
export function spansByDefinition(rows: KnownTransition[]): StandingSpan[] {
  const moments = new Set<string>();
  for (const row of rows) {
    moments.add(row.effectiveAt > row.recordedAt ? row.effectiveAt : row.recordedAt);
    if (row.supersededAt !== null) moments.add(row.supersededAt);
  }
  const spans: StandingSpan[] = [];
  for (const moment of [...moments].sort()) {
    const standing = standingAt(rows, moment);
    const open = spans[spans.length - 1];
    if (
      open &&
      open.knownUntil === null &&
      standing &&
      (['status', 'responsibleId', 'dueDate', 'implementedAt'] as const).every((field) => open[field] === standing[field])
    )
      continue;
    if (open && open.knownUntil === null) open.knownUntil = moment;
    if (standing) spans.push({ knownFrom: moment, knownUntil: null, ...standing });
  }
  return spans;
}
