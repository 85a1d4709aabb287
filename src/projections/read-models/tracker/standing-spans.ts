/** A history row as the as-of answer reads it: when it took effect, when it was known and until when, and what it left. */
export interface KnownTransition {
  effectiveAt: string;
  recordedAt: string;
  supersededAt: string | null;
  revision: number;
  type: string;
  status: string;
  responsibleId: string | null;
  dueDate: string | null;
}

/**
 * Where a recommendation stood, asked at any moment m from `knownFrom` (inclusive) to `knownUntil` (exclusive; null: still):
 * the same moment bounds both what had happened (effective time) and what had been recorded (knowledge time).
 */
export interface StandingSpan {
  knownFrom: string;
  knownUntil: string | null;
  status: string;
  responsibleId: string | null;
  dueDate: string | null;
  implementedAt: string | null;
}

type Standing = Omit<StandingSpan, 'knownFrom' | 'knownUntil'>;

const DONE = new Set(['implemented', 'verified']);
const later = (a: string, b: string) => (a > b ? a : b);

const knownAt = (row: KnownTransition, moment: string) =>
  row.effectiveAt <= moment && row.recordedAt <= moment && (row.supersededAt === null || row.supersededAt > moment);

/**
 * The standing at `moment`: the transition last in effect (ties by the order recorded) of those that had happened and been
 * recorded by then and not yet corrected; for an implemented or verified one, when the latest implementation known took effect.
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
  return { status: last.status, responsibleId: last.responsibleId, dueDate: last.dueDate, implementedAt: DONE.has(last.status) ? implementedAt : null };
}

const sameStanding = (a: Standing, b: Standing) =>
  a.status === b.status && a.responsibleId === b.responsibleId && a.dueDate === b.dueDate && a.implementedAt === b.implementedAt;

/**
 * The standing as a function of the moment asked about, as spans: it can change only where a transition becomes known
 * (the later of its effective and recorded times) or stops being so (its correction's recorded time).
 */
export function standingSpans(rows: KnownTransition[]): StandingSpan[] {
  const moments = new Set<string>();
  for (const row of rows) {
    moments.add(later(row.effectiveAt, row.recordedAt));
    if (row.supersededAt !== null) moments.add(row.supersededAt);
  }
  const spans: StandingSpan[] = [];
  let open: StandingSpan | null = null;
  for (const moment of [...moments].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const standing = standingAt(rows, moment);
    if (open && standing && sameStanding(open, standing)) continue;
    if (open) open.knownUntil = moment;
    open = standing ? { knownFrom: moment, knownUntil: null, ...standing } : null;
    if (open) spans.push(open);
  }
  return spans;
}
