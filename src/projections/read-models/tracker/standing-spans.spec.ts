import fc from 'fast-check';
import { spansByDefinition } from '../../../../test/projections/support/standing-reference';
import { KnownTransition, StandingSpan, basisOf, extendSpans, standingSpans } from './standing-spans';

// Few days, so that times tie often; few statuses, so that neighbouring standings are often equal.
const day = fc.integer({ min: 1, max: 9 }).map((d) => `2024-01-0${d}T00:00:00.000Z`);
const fields = {
  effectiveAt: day,
  recordedAt: day,
  supersededAt: fc.option(day, { nil: null }),
  revision: fc.integer({ min: 0, max: 5 }),
  type: fc.constantFrom('RecommendationProposed', 'RecommendationImplemented', 'RecommendationProgressReported', 'RecommendationVerified'),
  status: fc.constantFrom('proposed', 'in_progress', 'implemented', 'verified'),
  responsibleId: fc.constantFrom(null, 'o-1', 'o-2'),
  dueDate: fc.constantFrom(null, '2024-06-30'),
};
const row: fc.Arbitrary<KnownTransition> = fc.record(fields);
const notSuperseded: fc.Arbitrary<KnownTransition> = fc.record({ ...fields, supersededAt: fc.constant(null) });
const momentOf = (r: KnownTransition) => (r.effectiveAt > r.recordedAt ? r.effectiveAt : r.recordedAt);
/** Mostly known in order, as a live write adds them, so that most are extended rather than made anew. */
const following = fc.array(notSuperseded, { maxLength: 12 }).map((rows) => rows.sort((a, b) => (momentOf(a) < momentOf(b) ? -1 : 1)));

describe('standing spans', () => {
  it('are, for any history, what standingAt says at every moment where the standing can change', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        expect(standingSpans(rows)).toEqual(spansByDefinition(rows));
      }),
      { numRuns: 2000 },
    );
  });

  it('extended one later transition at a time, are what they are made anew from the whole history', () => {
    let extendedOnes = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), following, (earlier, later) => {
        const rows = [...earlier];
        let spans: StandingSpan[] = standingSpans(rows);
        let basis = basisOf(rows);
        for (const next of later) {
          rows.push(next);
          const extended = extendSpans(spans, basis, next);
          if (extended) [basis, extendedOnes] = [extended, extendedOnes + 1];
          else [spans, basis] = [standingSpans(rows), basisOf(rows)];
          expect(spans).toEqual(spansByDefinition(rows));
          expect(basis).toEqual(basisOf(rows));
        }
      }),
      { numRuns: 2000 },
    );
    expect(extendedOnes).toBeGreaterThan(2000);
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
