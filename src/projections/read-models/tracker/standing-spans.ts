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

export type Standing = Omit<StandingSpan, 'knownFrom' | 'knownUntil'>;

const DONE = new Set(['implemented', 'verified']);
const later = (a: string, b: string) => (a > b ? a : b);

const sameStanding = (a: Standing, b: Standing) =>
  a.status === b.status && a.responsibleId === b.responsibleId && a.dueDate === b.dueDate && a.implementedAt === b.implementedAt;

/**
 * The standing as a function of the moment asked about, as spans: it can change only where a transition becomes known
 * (the later of its effective and recorded times) or stops being so (its correction's recorded time). One sweep through
 * those moments, the known transitions in heaps (a live write remakes a recommendation's spans, so this must not be
 * quadratic in its history, as asking the standing at every moment anew was). At each moment the standing is the
 * transition last in effect (ties: the later revision, then the first row) of those that had happened and been recorded
 * by then and not yet corrected; for an implemented or verified one, when the latest implementation known took effect.
 */
export function standingSpans(rows: KnownTransition[]): StandingSpan[] {
  const knownFrom = rows.map(knownFromOf);
  const from = (i: number) => knownFrom[i];
  const order = rows.map((_, i) => i).sort((a, b) => compare(from(a), from(b)) || a - b);
  const moments = [...new Set([...knownFrom, ...rows.flatMap((row) => (row.supersededAt === null ? [] : [row.supersededAt]))])].sort(compare);
  // The last in effect first; ties: the later revision, then the first row (the definition's order, see the spec).
  const last = new Heap((a, b) => compare(rows[b].effectiveAt, rows[a].effectiveAt) || rows[b].revision - rows[a].revision || a - b);
  const implemented = new Heap((a, b) => compare(rows[b].effectiveAt, rows[a].effectiveAt));
  const spans: StandingSpan[] = [];
  let open: StandingSpan | null = null;
  let next = 0;
  for (const moment of moments) {
    for (; next < order.length && from(order[next]) <= moment; next++) {
      last.push(order[next]);
      if (rows[order[next]].type === 'RecommendationImplemented') implemented.push(order[next]);
    }
    const gone = (i: number) => rows[i].supersededAt !== null && (rows[i].supersededAt as string) <= moment;
    const top = last.topWhere((i) => !gone(i));
    const done = implemented.topWhere((i) => !gone(i));
    const standing: Standing | null =
      top === undefined
        ? null
        : {
            status: rows[top].status,
            responsibleId: rows[top].responsibleId,
            dueDate: rows[top].dueDate,
            implementedAt: DONE.has(rows[top].status) && done !== undefined ? rows[done].effectiveAt : null,
          };
    if (open && standing && sameStanding(open, standing)) continue;
    if (open) open.knownUntil = moment;
    open = standing ? { knownFrom: moment, knownUntil: null, ...standing } : null;
    if (open) spans.push(open);
  }
  return spans;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * What the next transition needs to extend the spans without the history: the latest moment known (where the open span
 * already holds), the transition then in effect, and when the latest implementation then known took effect.
 */
export interface StandingBasis {
  moment: string;
  inEffect: { effectiveAt: string; revision: number } | null;
  implementedAt: string | null;
}

export const NOTHING_KNOWN: StandingBasis = { moment: '', inEffect: null, implementedAt: null };

/** The basis after all the rows: at the latest moment every row is known and every superseded one gone. */
export function basisOf(rows: KnownTransition[]): StandingBasis {
  const basis = { ...NOTHING_KNOWN };
  for (const row of rows) {
    basis.moment = later(later(basis.moment, knownFromOf(row)), row.supersededAt ?? '');
    if (row.supersededAt !== null) continue;
    basis.inEffect = inEffectAfter(basis, row);
    basis.implementedAt = implementedAfter(basis, row);
  }
  return basis;
}

/**
 * Extends `spans` (the last one open) by a transition known at or after every moment so far and not superseded: the
 * open span closes where the standing changes. Undefined when that is not enough: a row known earlier than the latest
 * moment, or one changing the standing at the very moment the open span began (it may merge with the span before).
 */
export function extendSpans(spans: StandingSpan[], basis: StandingBasis, row: KnownTransition): StandingBasis | undefined {
  const moment = knownFromOf(row);
  const open = spans[spans.length - 1] as StandingSpan | undefined;
  if (moment < basis.moment || row.supersededAt !== null || (open && open.knownUntil !== null)) return undefined;
  const next = { moment, inEffect: inEffectAfter(basis, row), implementedAt: implementedAfter(basis, row) };
  const source = next.inEffect !== basis.inEffect ? row : open;
  if (!source) return undefined;
  const { status, responsibleId, dueDate } = source;
  const standing = { status, responsibleId, dueDate, implementedAt: DONE.has(status) ? next.implementedAt : null };
  if (open && sameStanding(open, standing)) return next;
  if (open && open.knownFrom === moment) return undefined;
  if (open) open.knownUntil = moment;
  spans.push({ knownFrom: moment, knownUntil: null, ...standing });
  return next;
}

const knownFromOf = (row: KnownTransition) => later(row.effectiveAt, row.recordedAt);

/** A later row in effect at the same time wins when its revision is later (see the sweep's order). */
function inEffectAfter({ inEffect }: StandingBasis, row: KnownTransition): { effectiveAt: string; revision: number } {
  const wins = !inEffect || row.effectiveAt > inEffect.effectiveAt || (row.effectiveAt === inEffect.effectiveAt && row.revision > inEffect.revision);
  return wins ? { effectiveAt: row.effectiveAt, revision: row.revision } : inEffect;
}

function implementedAfter({ implementedAt }: StandingBasis, row: KnownTransition): string | null {
  return row.type === 'RecommendationImplemented' && (implementedAt === null || row.effectiveAt > implementedAt) ? row.effectiveAt : implementedAt;
}

/** A binary heap of row indexes, least by `before` on top; what stops counting is dropped when it reaches the top. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => number) {}

  push(item: number): void {
    const { items } = this;
    items.push(item);
    for (let at = items.length - 1; at > 0;) {
      const parent = (at - 1) >> 1;
      if (this.before(items[at], items[parent]) >= 0) break;
      [items[at], items[parent]] = [items[parent], items[at]];
      at = parent;
    }
  }

  /** The top among those that still count; the ones that no longer do (they never will again) are dropped. */
  topWhere(counts: (item: number) => boolean): number | undefined {
    while (this.items.length > 0 && !counts(this.items[0])) this.pop();
    return this.items[0];
  }

  private pop(): void {
    const { items } = this;
    const end = items.pop() as number;
    if (items.length === 0) return;
    items[0] = end;
    for (let at = 0; ;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let least = at;
      if (left < items.length && this.before(items[left], items[least]) < 0) least = left;
      if (right < items.length && this.before(items[right], items[least]) < 0) least = right;
      if (least === at) break;
      [items[at], items[least]] = [items[least], items[at]];
      at = least;
    }
  }
}
