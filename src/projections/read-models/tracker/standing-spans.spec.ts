import fc from 'fast-check';
import { KnownTransition, Standing, StandingSpan, standingSpans } from './standing-spans';

const knownAt = (row: KnownTransition, moment: string) =>
  row.effectiveAt <= moment && row.recordedAt <= moment && (row.supersededAt === null || row.supersededAt > moment);

/**
 * The reference: the standing at `moment` by its definition, the transition last in effect (ties by the order recorded)
 * of those that had happened and been recorded by then and not yet corrected; for an implemented or verified one, when
 * the latest implementation known took effect.
 */
function standingAt(rows: KnownTransition[], moment: string): Standing | null {
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
function spansByDefinition(rows: KnownTransition[]): StandingSpan[] {
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

// Few days, so that times tie often; few statuses, so that neighbouring standings are often equal.
const day = fc.integer({ min: 1, max: 9 }).map((d) => `2024-01-0${d}T00:00:00.000Z`);
const row: fc.Arbitrary<KnownTransition> = fc.record({
  effectiveAt: day,
  recordedAt: day,
  supersededAt: fc.option(day, { nil: null }),
  revision: fc.integer({ min: 0, max: 5 }),
  type: fc.constantFrom('RecommendationProposed', 'RecommendationImplemented', 'RecommendationProgressReported', 'RecommendationVerified'),
  status: fc.constantFrom('proposed', 'in_progress', 'implemented', 'verified'),
  responsibleId: fc.constantFrom(null, 'o-1', 'o-2'),
  dueDate: fc.constantFrom(null, '2024-06-30'),
});

describe('standing spans', () => {
  it('are, for any history, what standingAt says at every moment where the standing can change', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        expect(standingSpans(rows)).toEqual(spansByDefinition(rows));
      }),
      { numRuns: 2000 },
    );
  });

  it('follow a hand-made history: proposed, implemented on the 3rd recorded on the 5th, its date corrected on the 7th', () => {
    const base = { revision: 0, responsibleId: null, dueDate: null, supersededAt: null };
    const rows: KnownTransition[] = [
      { ...base, effectiveAt: '2024-01-01', recordedAt: '2024-01-01', type: 'RecommendationProposed', status: 'proposed' },
      {
        ...base,
        revision: 1,
        effectiveAt: '2024-01-03',
        recordedAt: '2024-01-05',
        supersededAt: '2024-01-07',
        type: 'RecommendationImplemented',
        status: 'implemented',
      },
      { ...base, revision: 1, effectiveAt: '2024-01-02', recordedAt: '2024-01-07', type: 'RecommendationImplemented', status: 'implemented' },
    ];
    const standing = (status: string, implementedAt: string | null) => ({ status, responsibleId: null, dueDate: null, implementedAt });
    expect(standingSpans(rows)).toEqual([
      { knownFrom: '2024-01-01', knownUntil: '2024-01-05', ...standing('proposed', null) },
      { knownFrom: '2024-01-05', knownUntil: '2024-01-07', ...standing('implemented', '2024-01-03') },
      { knownFrom: '2024-01-07', knownUntil: null, ...standing('implemented', '2024-01-02') },
    ]);
  });
});
