import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { RecordedEvent } from '../../src/event-store/event-store.port';
import { ReadModelFile } from '../../src/projections/read-model-file';
import * as spans from '../../src/projections/read-models/tracker/standing-spans';
import { KnownTransition, StandingSpan } from '../../src/projections/read-models/tracker/standing-spans';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';
import { DAY, Draft, historyOf, recommendationArbitrary, recordedEvents, withReadModel } from '../reports/support/random-tracker-history';
import { spansByDefinition, standingAt } from './support/standing-reference';

/**
 * The prepared standings as the live projection keeps them (one event, or a few, per batch: a stored recommendation's
 * open span extended, or its spans made anew), against the in-memory rebuild's and against the reference definition
 * asked at every moment, over random histories with late entries, corrected dates and (times rounded to the day) ties.
 */

type Rounding = 'none' | 'both-to-the-day' | 'effective-up-recorded-down';

const down = (t: number) => Math.floor(t / DAY) * DAY;
const up = (t: number) => Math.ceil(t / DAY) * DAY;

/** Rounded times tie often; an effective time rounded up may pass its recorded time, so that it is when it becomes known. */
function rounded(drafts: Draft[], rounding: Rounding): Draft[] {
  if (rounding === 'none') return drafts;
  const effective = rounding === 'both-to-the-day' ? down : up;
  return drafts.map((d) => {
    const corrected =
      d.type === 'RecommendationEffectiveDateCorrected' ? { effectiveAt: new Date(effective(Date.parse(d.data.effectiveAt as string))).toISOString() } : {};
    return { ...d, data: { ...d.data, ...corrected }, effectiveAt: effective(d.effectiveAt), recordedAt: down(d.recordedAt) };
  });
}

const standingsOf = (db: Database.Database) =>
  db.prepare('SELECT * FROM recommendation_standings ORDER BY forum_id, id, known_from').all() as Record<string, unknown>[];

function rebuiltStandings(events: RecordedEvent[]): Record<string, unknown>[] {
  const readModel = ReadModelFile.inMemory(trackerProjection);
  try {
    const session = trackerProjection.rebuildInMemory!(readModel.db);
    readModel.db.transaction(() => {
      session.apply(events);
      for (const _chunk of session.finish());
    })();
    return standingsOf(readModel.db);
  } finally {
    readModel.close();
  }
}

/** Each recommendation's spans as the definition makes them from its history rows, filed under its forum with its proposal's time. */
function standingsByDefinition(db: Database.Database): Record<string, unknown>[] {
  const recommendations = db.prepare('SELECT id, forum_id, proposed_at FROM recommendations ORDER BY forum_id, id').all() as {
    id: string;
    forum_id: string;
    proposed_at: string;
  }[];
  return recommendations.flatMap((r) => {
    const history = historyRows(db, r.id);
    return spansByDefinition(history).map((span) => row(r.forum_id, r.id, r.proposed_at, span));
  });
}

const historyRows = (db: Database.Database, id: string) =>
  db
    .prepare(
      `SELECT effective_at AS effectiveAt, recorded_at AS recordedAt, superseded_at AS supersededAt, revision, event_type AS type,
         status_after AS status, responsible_id AS responsibleId, due_date AS dueDate FROM recommendation_history WHERE recommendation_id = ? ORDER BY position`,
    )
    .safeIntegers(false)
    .all(id) as KnownTransition[];

const row = (forumId: string, id: string, proposedAt: string, span: StandingSpan) => ({
  forum_id: forumId,
  id,
  known_from: span.knownFrom,
  known_until: span.knownUntil,
  proposed_at: proposedAt,
  status: span.status,
  responsible_id: span.responsibleId,
  due_date: span.dueDate,
  implemented_at: span.implementedAt,
});

/** At every moment where a standing may change, and just before it, the one span holding it says what standingAt says. */
function expectStandingAtEveryMoment(db: Database.Database): void {
  const ids = db.prepare('SELECT id FROM recommendations').pluck().all() as string[];
  for (const id of ids) {
    const history = historyRows(db, id);
    const stored = db.prepare('SELECT * FROM recommendation_standings WHERE id = ?').all(id) as Record<string, string | null>[];
    const moments = history.flatMap((h) => [h.effectiveAt, h.recordedAt, ...(h.supersededAt ? [h.supersededAt] : [])]);
    for (const moment of moments.flatMap((m) => [m, new Date(Date.parse(m) - 1).toISOString()])) {
      const holding = stored.filter((s) => (s.known_from as string) <= moment && (s.known_until === null || (s.known_until as string) > moment));
      const expected = standingAt(history, moment);
      const found = holding.map((s) => ({ status: s.status, responsibleId: s.responsible_id, dueDate: s.due_date, implementedAt: s.implemented_at }));
      expect(found).toEqual(expected ? [expected] : []);
    }
  }
}

describe('the standings kept by the live projection', () => {
  const extend = jest.spyOn(spans, 'extendSpans');
  afterAll(() => extend.mockRestore());

  it('are, row by row, what a rebuild prepares and what the definition says at every moment', () => {
    let extended = 0;
    fc.assert(
      fc.property(
        fc.array(recommendationArbitrary, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Rounding>('none', 'both-to-the-day', 'effective-up-recorded-down'),
        fc.constantFrom(1, 1, 1, 2, 5),
        (recommendations, rounding, batch) => {
          const drafts = rounded(historyOf(recommendations), rounding);
          const events = recordedEvents(drafts);
          extend.mockClear();
          withReadModel(events, batch, ({ db }) => {
            const live = standingsOf(db);
            expect(live).toEqual(rebuiltStandings(events));
            expect(live).toEqual(standingsByDefinition(db));
            expectStandingAtEveryMoment(db);
          });
          extended += extend.mock.results.filter((r) => r.value !== undefined).length;
        },
      ),
      { numRuns: 200 },
    );
    // The open span was extended (not made anew) for most transitions.
    expect(extended).toBeGreaterThan(1000);
  });
});
