import fc from 'fast-check';
import { RecordedEvent } from '../../src/event-store/event-store.port';
import { ReadModelFile } from '../../src/projections/read-model-file';
import { donorPortfolio } from '../../src/projections/read-models/tracker/donor-portfolio.query';
import { StatusRow, statusRows } from '../../src/projections/read-models/tracker/status-rows.query';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';
import { PlainEvent } from './donor-report-model';
import { DAY, STATUS_AFTER, historyOf, plain, recommendationArbitrary, recordedEvents, withReadModel } from './support/random-tracker-history';

/**
 * The as-of answer (where each recommendation of a donor's forums stood at a moment, as known then), read from the
 * standings the projection prepares, against a naive reading of the events: every recommendation's known events
 * replayed in the order they took effect (as corrected by then). Over random histories with late entries, corrected
 * effective dates, declines, disputes and withdrawals; asOf at an event's very recorded time, a date alone (its end)
 * or any instant; the read model made live in batches and by the in-memory rebuild.
 */

const DONE = ['implemented', 'verified'];

/** A date alone asks about the end of that day. */
const momentOf = (asOf: string) => (asOf.length === 10 ? `${asOf}T23:59:59.999Z` : asOf);

function naiveStatusRows(log: PlainEvent[], asOf: string, donorId: string): StatusRow[] {
  const moment = momentOf(asOf);
  const funded = new Set(log.filter((e) => e.type === 'ForumRecorded' && e.data.funders.includes(donorId)).map((e) => e.data.forumId as string));
  const streams = new Map<string, PlainEvent[]>();
  for (const e of log.filter((x) => x.stream.startsWith('recommendation-'))) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
  const rows: StatusRow[] = [];
  for (const events of streams.values()) {
    const proposal = events[0];
    if (!funded.has(proposal.data.forumId)) continue;
    /** The effective time of each revision as corrected by `until` (the last correction recorded by then). */
    const timesAsOf = (until: string) => {
      const times = new Map(events.map((e) => [e.revision, e.effectiveAt]));
      for (const e of events) if (e.type === 'RecommendationEffectiveDateCorrected' && e.recordedAt <= until) times.set(e.data.revision, e.data.effectiveAt);
      return times;
    };
    const known = timesAsOf(moment);
    const happened = events
      .filter((e) => STATUS_AFTER[e.type] !== undefined || e.type === 'RecommendationProgressReported' || e.type === 'RecommendationDueDateChanged')
      .filter((e) => e.recordedAt <= moment && (known.get(e.revision) as string) <= moment)
      .sort((a, b) =>
        (known.get(a.revision) as string) < (known.get(b.revision) as string)
          ? -1
          : known.get(a.revision) === known.get(b.revision)
            ? a.revision - b.revision
            : 1,
      );
    if (happened.length === 0) continue;
    let status = 'proposed';
    let responsibleId: string | null = null;
    let dueDate: string | null = null;
    let claimedAt: string | null = null;
    for (const e of happened) {
      status = STATUS_AFTER[e.type] ?? status;
      if (e.type === 'RecommendationAssigned' || e.type === 'RecommendationReassigned')
        [responsibleId, dueDate] = [e.data.responsibleOrganisationId, e.data.dueDate];
      if (e.type === 'RecommendationDeclined') [responsibleId, dueDate] = [null, null];
      if (e.type === 'RecommendationDueDateChanged') dueDate = e.data.dueDate;
      if (e.type === 'RecommendationImplemented') claimedAt = known.get(e.revision) as string;
      if (e.type === 'RecommendationImplementationDisputed') claimedAt = null;
    }
    rows.push({
      id: proposal.data.recommendationId,
      forumId: proposal.data.forumId,
      status,
      responsibleId,
      dueDate,
      // The recommendation's proposal as corrected now, as the recommendations table holds it.
      proposedAt: timesAsOf('9999').get(0) as string,
      implementedAt: DONE.includes(status) ? claimedAt : null,
    });
  }
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The read model as the in-memory rebuild makes it: one session from the first event to the last. */
function withRebuiltReadModel<T>(events: RecordedEvent[], read: (readModel: ReadModelFile) => T): T {
  const readModel = ReadModelFile.inMemory(trackerProjection);
  try {
    const session = trackerProjection.rebuildInMemory!(readModel.db);
    readModel.db.transaction(() => {
      session.apply(events);
      for (const _chunk of session.finish());
    })();
    readModel.createIndexes();
    return read(readModel);
  } finally {
    readModel.close();
  }
}

const asOfArbitrary = fc.oneof(
  fc.nat(),
  fc.integer({ min: 0, max: 1200 }).map((d) => new Date(Date.parse('2023-01-10T00:00:00.000Z') + d * DAY).toISOString().slice(0, 10)),
  fc.integer({ min: 0, max: 1200 * 24 }).map((h) => new Date(Date.parse('2023-01-10T00:00:00.000Z') + h * 3_600_000).toISOString()),
  fc.constant('2030-01-01T00:00:00.000Z'),
);

describe('the as-of answer from the prepared standings', () => {
  it('is where a naive replay of the events known then says each recommendation stood', () => {
    fc.assert(
      fc.property(
        fc.array(recommendationArbitrary, { minLength: 1, maxLength: 8 }),
        fc.array(asOfArbitrary, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('donor-d', 'donor-x'),
        (recommendations, picks, batch, donorId) => {
          const events = recordedEvents(historyOf(recommendations));
          const log = plain(events);
          // A number picks an event: asOf is then its recorded time exactly, so what was entered at that instant counts.
          const asOfs = picks.map((p) => (typeof p === 'number' ? log[p % log.length].recordedAt : p));
          const answers = (readModel: ReadModelFile) => asOfs.map((asOf) => statusRows(readModel.db, { asOf, donorId }).rows);
          const expected = asOfs.map((asOf) => naiveStatusRows(log, asOf, donorId));
          expect(withReadModel(events, batch, answers)).toEqual(expected);
          expect(withRebuiltReadModel(events, answers)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('counts a hand-written history: a late entry, a corrected date and a dispute, asked at each moment', () => {
    const at = (iso: string) => Date.parse(iso);
    const drafts = historyOf([]);
    const stream = 'recommendation-rec-0';
    const add = (type: string, data: Record<string, unknown>, effectiveAt: string, recordedAt: string) =>
      drafts.push({ stream, type, data: { recommendationId: 'rec-0', ...data }, effectiveAt: at(effectiveAt), recordedAt: at(recordedAt) });
    const themes = { themes: ['data'], targetRegions: [], priority: 'high', text: 'Open the registry' };
    add('RecommendationProposed', { forumId: 'f0', ...themes }, '2024-01-10T00:00:00.000Z', '2024-01-10T00:00:00.000Z');
    add(
      'RecommendationAssigned',
      { responsibleOrganisationId: 'org-a', supportingOrganisationIds: [], dueDate: '2024-06-30' },
      '2024-02-01T00:00:00.000Z',
      '2024-02-01T00:00:00.000Z',
    );
    add('RecommendationAccepted', { organisationId: 'org-a' }, '2024-02-05T00:00:00.000Z', '2024-02-05T00:00:00.000Z');
    add('RecommendationWorkStarted', { organisationId: 'org-a' }, '2024-02-10T00:00:00.000Z', '2024-02-10T00:00:00.000Z');
    // Implemented on 1 March, entered only on 1 May.
    add(
      'RecommendationImplemented',
      { organisationId: 'org-a', summary: 'Registry open', evidence: [] },
      '2024-03-01T00:00:00.000Z',
      '2024-05-01T00:00:00.000Z',
    );
    // On 10 May the implementation's date is corrected to 20 February; on 1 June it is disputed (from 1 June).
    const correction = {
      revision: 4,
      eventType: 'RecommendationImplemented',
      previousEffectiveAt: '2024-03-01T00:00:00.000Z',
      effectiveAt: '2024-02-20T00:00:00.000Z',
      reason: 'Wrong date',
    };
    add('RecommendationEffectiveDateCorrected', correction, '2024-05-10T00:00:00.000Z', '2024-05-10T00:00:00.000Z');
    add('RecommendationImplementationDisputed', { reason: 'Not in force' }, '2024-06-01T00:00:00.000Z', '2024-06-01T00:00:00.000Z');
    const events = recordedEvents(drafts.sort((a, b) => a.recordedAt - b.recordedAt));
    const standing = (asOf: string) =>
      withReadModel(events, 3, (readModel) => statusRows(readModel.db, { asOf, donorId: 'donor-d' }).rows.map((r) => [r.status, r.implementedAt]));
    expect(standing('2024-01-09')).toEqual([]);
    expect(standing('2024-04-15')).toEqual([['in_progress', null]]);
    expect(standing('2024-05-01T00:00:00.000Z')).toEqual([['implemented', '2024-03-01T00:00:00.000Z']]);
    expect(standing('2024-05-09')).toEqual([['implemented', '2024-03-01T00:00:00.000Z']]);
    expect(standing('2024-05-10T00:00:00.000Z')).toEqual([['implemented', '2024-02-20T00:00:00.000Z']]);
    expect(standing('2024-06-01')).toEqual([['in_progress', null]]);
    const portfolio = withReadModel(events, 1, (readModel) => donorPortfolio(readModel.db, 'donor-d', '2024-05-20'));
    expect(portfolio).toMatchObject({ recommendations: 1, implementationRate: 1, byStatus: { implemented: 1 } });
  });
});
