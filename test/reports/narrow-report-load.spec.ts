import fc from 'fast-check';
import { DEFAULT_PROFILE } from '../../src/reporting-framework/reporting-framework.decider';
import { parseReportingPeriod } from '../../src/reporting-framework/period/reporting-period';
import { buildDonorAccountabilityReport } from '../../src/reports/donor-accountability/build-donor-accountability-report';
import { loadReportSource } from '../../src/reports/source/load-report-source';
import { DAY, historyOf, recommendationArbitrary, recordedEvents, withReadModel } from './support/random-tracker-history';

/**
 * The donor report from the history its period can read (the loader given the period) is the report from the whole
 * history, byte for byte: over random histories (late records, corrected effective times, disputes) and random periods,
 * asOf before, within and after them.
 */
const labelArbitrary = fc.oneof(
  fc.integer({ min: 2023, max: 2026 }).map((y) => `FY${y}`),
  fc.tuple(fc.integer({ min: 2023, max: 2025 }), fc.constantFrom('H1', 'H2', 'Q1', 'Q4')).map(([y, p]) => `${y}-${p}`),
  fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 })).map(([from, length]) => {
    const day = (offset: number) => new Date(Date.parse('2023-01-01') + offset * DAY).toISOString().slice(0, 10);
    return `${day(from)}..${day(from + length)}`;
  }),
);

/** A number: the recorded time of that event of the log. */
const asOfArbitrary = fc.oneof(
  fc.constant('2028-01-01T00:00:00.000Z'),
  fc.nat(),
  fc.integer({ min: 0, max: 1200 }).map((d) => new Date(Date.parse('2023-02-01T00:00:00.000Z') + d * DAY + 13 * 3_600_000).toISOString()),
);

describe('the donor report loaded for its period', () => {
  it('is the report loaded with the whole history, for INL and EU', () => {
    fc.assert(
      fc.property(
        fc.array(recommendationArbitrary, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(labelArbitrary, asOfArbitrary), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 40 }),
        (recommendations, questions, batch) => {
          const events = recordedEvents(historyOf(recommendations));
          const recordedAt = (pick: number) => (events[pick % events.length].metadata as { recordedAt: string }).recordedAt;
          withReadModel(events, batch, ({ db }) => {
            const full = loadReportSource(db, { donorId: 'donor-d' });
            for (const [label, picked] of questions) {
              const narrow = loadReportSource(db, { donorId: 'donor-d' }, undefined, undefined, label);
              const period = parseReportingPeriod(label, (full.framework?.profile ?? DEFAULT_PROFILE).fiscalYearStartMonth);
              const asOf = typeof picked === 'number' ? recordedAt(picked) : picked;
              for (const template of ['inl', 'eu'] as const) {
                const request = { donorId: 'donor-d', period, template, asOf, language: 'en', awardNumber: null };
                expect(JSON.stringify(buildDonorAccountabilityReport(narrow, request))).toBe(JSON.stringify(buildDonorAccountabilityReport(full, request)));
              }
            }
          });
        },
      ),
      { numRuns: Number(process.env.DONOR_REPORT_RUNS ?? 150) },
    );
  });

  it('reads less: no history after the period, and no actor or evidence before it', () => {
    const events = recordedEvents(historyOf(fc.sample(recommendationArbitrary, { numRuns: 30, seed: 20 })));
    withReadModel(events, 10, ({ db }) => {
      const rows = (source: ReturnType<typeof loadReportSource>) => source.recommendations.flatMap((r) => r.history);
      const full = rows(loadReportSource(db, { donorId: 'donor-d' }));
      const days = full.map((row) => row.effectiveAt.slice(0, 10)).sort();
      const [from, to] = [days[Math.floor(days.length / 3)], days[Math.floor((2 * days.length) / 3)]];
      const narrow = rows(loadReportSource(db, { donorId: 'donor-d' }, undefined, undefined, `${from}..${to}`));
      expect(narrow.length).toBeLessThan(full.length);
      expect(narrow.some((row) => row.from === null)).toBe(true);
      const notRead = { from: null, actor: { accountId: null, organisationId: null, role: null }, evidence: [] };
      expect(narrow).toEqual(
        full.filter((row) => row.effectiveAt <= `${to}T23:59:59.999Z`).map((row) => (row.effectiveAt >= from ? row : { ...row, ...notRead })),
      );
    });
  });
});
