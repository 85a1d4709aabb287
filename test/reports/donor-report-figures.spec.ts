import fc from 'fast-check';
import { writeTrackerHistory } from '../../bench/data-set/tracker-history';
import { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { parseReportingPeriod } from '../../src/reporting-framework/period/reporting-period';
import { DonorAccountabilityReport } from '../../src/reports/donor-accountability/donor-accountability-report';
import { buildDonorAccountabilityReport } from '../../src/reports/donor-accountability/build-donor-accountability-report';
import { loadReportSource } from '../../src/reports/source/load-report-source';
import { ModelQuestion, modelDonorReport } from './donor-report-model';
import { DAY, PILLAR_OF_THEME, historyOf, plain, recommendationArbitrary, recordedEvents, withReadModel } from './support/random-tracker-history';

/**
 * The donor report's figures, as the read model and the report compute them, against a naive reading of the
 * same events (donor-report-model.ts): over random histories written as the aggregates write them, and over
 * the bench's generated 10k-event data set.
 */

/** The report's figures in the model's shape. */
function figuresOf(report: DonorAccountabilityReport) {
  const recommendations = report.forums.flatMap((f) => f.recommendations.map((r) => ({ ...r, forumId: f.id })));
  return {
    summary: report.summary,
    statusOverTime: report.statusOverTime,
    recommendations: recommendations.map((r) => ({
      id: r.id,
      forumId: r.forumId,
      statusAtStart: r.statusAtStart,
      statusAtEnd: r.statusAtEnd,
      responsibleId: r.responsible?.id ?? null,
      dueDate: r.dueDate,
      percentComplete: r.percentComplete,
      implementedAt: r.implementedAt,
      lastNote: r.lastNote,
    })),
    forumRates: report.forums
      .filter((f) => f.recommendations.length > 0)
      .map((f) => ({ forumId: f.id, implementationRate: f.implementationRate }))
      .sort((a, b) => (a.forumId < b.forumId ? -1 : 1)),
    transitions: report.transitions.map((t) => ({
      recommendationId: t.recommendationId,
      type: t.type,
      from: t.from,
      to: t.to,
      effectiveAt: t.effectiveAt,
      recordedAt: t.recordedAt,
    })),
    overdueCommitments: report.overdueCommitments.map((o) => ({ recommendationId: o.recommendationId, daysOverdue: o.daysOverdue })),
    pillars: (report.eu?.pillars ?? []).map((p) => ({
      pillar: p.pillar,
      recommendations: p.recommendations,
      byStatus: p.byStatus,
      implementedInPeriod: p.implementedInPeriod,
      implementationRate: p.implementationRate,
      recommendationIds: p.recommendationIds,
    })),
  };
}

/** The model lists recommendations in the portfolio's order; the report by forum, each in that order. */
function byForumThenOrder<T extends { forumId: string }>(rows: T[], forumOrder: string[]): T[] {
  return forumOrder.flatMap((forumId) => rows.filter((r) => r.forumId === forumId));
}

function compare(events: RecordedEvent[], batch: number, questions: (ModelQuestion & { label: string; fiscalYearStartMonth: number })[]): void {
  const log = plain(events);
  withReadModel(events, batch, (readModel) => {
    for (const q of questions) {
      const period = parseReportingPeriod(q.label, q.fiscalYearStartMonth);
      const request = { donorId: q.donorId, period, template: 'eu' as const, asOf: q.asOf, language: 'en', awardNumber: null };
      const report = buildDonorAccountabilityReport(loadReportSource(readModel.db, { donorId: q.donorId }), request);
      const actual = figuresOf(report);
      const expected = modelDonorReport(log, { ...q, from: period.from, to: period.to });
      expect(actual).toEqual({
        ...expected,
        recommendations: byForumThenOrder(
          expected.recommendations,
          report.forums.map((f) => f.id),
        ),
      });
    }
  });
}

const questionArbitrary = fc.record({
  fiscalYearStartMonth: fc.constantFrom(1, 4, 7, 10),
  label: fc.oneof(
    fc.integer({ min: 2023, max: 2026 }).map((y) => `FY${y}`),
    fc.tuple(fc.integer({ min: 2023, max: 2025 }), fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4')).map(([y, p]) => `${y}-${p}`),
    fc.tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 400 })).map(([from, length]) => {
      const day = (offset: number) => new Date(Date.parse('2023-01-01') + offset * DAY).toISOString().slice(0, 10);
      return `${day(from)}..${day(from + length)}`;
    }),
  ),
  /** A number: the recorded time of that event of the log, so that what was entered at that very moment counts. */
  asOf: fc.oneof(
    fc.constant('2028-01-01T00:00:00.000Z'),
    fc.nat(),
    fc.integer({ min: 0, max: 1200 }).map((d) => new Date(Date.parse('2023-02-01T00:00:00.000Z') + d * DAY + 13 * 3_600_000).toISOString()),
  ),
});

describe('the donor report against a naive reading of the events', () => {
  it('agrees on random histories: statuses at the start and end, over time, transitions, rates, pillars, overdue', () => {
    fc.assert(
      fc.property(
        fc.array(recommendationArbitrary, { minLength: 1, maxLength: 8 }),
        fc.array(questionArbitrary, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 40 }),
        (recommendations, questions, batch) => {
          const events = recordedEvents(historyOf(recommendations));
          const recordedAt = (pick: number) => (events[pick % events.length].metadata as { recordedAt: string }).recordedAt;
          compare(
            events,
            batch,
            questions.map((q) => ({
              ...q,
              asOf: typeof q.asOf === 'number' ? recordedAt(q.asOf) : q.asOf,
              donorId: 'donor-d',
              pillarOfTheme: PILLAR_OF_THEME,
              from: '',
              to: '',
            })),
          );
        },
      ),
      { numRuns: Number(process.env.DONOR_REPORT_RUNS ?? 150) },
    );
  });

  it('agrees on the generated 10k-event data set of the bench', async () => {
    const events: RecordedEvent[] = [];
    const revisions = new Map<string, bigint>();
    const store = {
      appendToStream: async (streamId: string, appended: { id: string; type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[]) => {
        for (const e of appended) {
          const position = BigInt(events.length + 1);
          const revision = (revisions.get(streamId) ?? -1n) + 1n;
          revisions.set(streamId, revision);
          events.push({ ...e, streamId, revision, position: { commit: position, prepare: position }, created: new Date() });
        }
        return { nextExpectedRevision: 0n, position: { commit: 0n, prepare: 0n } };
      },
    } as unknown as EventStore;
    const history = await writeTrackerHistory(store, 10_000, 20261123);
    const questions = [
      { label: 'FY2024', fiscalYearStartMonth: 10, asOf: '2026-01-01T00:00:00.000Z', donorId: history.donorIds[0] },
      { label: '2023-Q2', fiscalYearStartMonth: 1, asOf: '2023-07-20T12:00:00.000Z', donorId: history.donorIds[1] },
    ];
    compare(
      events,
      500,
      questions.map((q) => ({ ...q, pillarOfTheme: PILLAR_OF_THEME, from: '', to: '' })),
    );
  });
});
