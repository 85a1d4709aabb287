import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTrackerHistory } from '../../bench/data-set/tracker-history';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { EventStore, RecordedEvent } from '../../src/event-store/event-store.port';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { ReadModelFile } from '../../src/projections/read-model-file';
import { Projection, batchByBatch } from '../../src/projections/projection';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';
import { countsIn, eventCounter } from './event-counter.projection';
import { readModelContents } from './support/read-model-contents';

/**
 * The reference: the read model as the live projection builds it, event by event in small batches (of the sizes
 * given, in turn), each in a transaction with its checkpoint, as the runner applies them when caught up.
 */
function builtIncrementally(file: string, events: RecordedEvent[], batchSizes: number[]): ReadModelFile {
  const readModel = new ReadModelFile(file, trackerProjection);
  const { db } = readModel;
  const apply = db.transaction((batch: RecordedEvent[]) => {
    trackerProjection.applyBatch!(db, batch);
    readModel.advance(batch[batch.length - 1].position, batch.length);
  });
  for (let at = 0, turn = 0; at < events.length; turn++) {
    const size = batchSizes[turn % batchSizes.length];
    apply(events.slice(at, at + size));
    at += size;
  }
  readModel.createIndexes();
  return readModel;
}

const contentsOf = (db: Database.Database) => readModelContents(db);

/** The read model as a start from an empty read-models folder builds it (in memory, then written once). */
async function rebuilt(store: EventStore, directory: string): Promise<{ engine: ProjectionEngine; contents: Record<string, unknown[]> }> {
  const engine = new ProjectionEngine(store, new ProjectionManifest(join(directory, 'rebuilt')), [trackerProjection]);
  await engine.start();
  await engine.waitUntilCaughtUp();
  return { engine, contents: contentsOf(engine.reader('tracker')) };
}

async function expectSameBothWays(store: EventStore, directory: string, batchSizes: number[]): Promise<void> {
  const events = await store.readAll();
  const reference = builtIncrementally(join(directory, 'incremental.sqlite'), events, batchSizes);
  const { engine, contents } = await rebuilt(store, directory);
  try {
    const expected = contentsOf(reference.db);
    expect(contents).toEqual(expected);
    expect(contents.recommendation_history.length).toBeGreaterThan(0);
    // A rebuild while serving makes its indexes before the first event, a start after the last: the same rows.
    await engine.rebuild(['tracker']);
    expect(contentsOf(engine.reader('tracker'))).toEqual(expected);
  } finally {
    reference.close();
    await engine.stop();
  }
}

describe('a read model rebuilt in memory', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'ft-in-memory-rebuild-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('is, table by table and row by row, what the live projection builds from a generated tracker history', async () => {
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
    try {
      await writeTrackerHistory(store, 4000, 20261203);
      await expectSameBothWays(store, directory, [1, 3, 7, 2, 50]);
    } finally {
      await store.close();
    }
  });

  it('is what the live projection builds from random histories, corrections included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        async (steps, sizes) => {
          const run = mkdtempSync(join(directory, 'run-'));
          const store = new SqliteEventStore({ file: join(run, 'events.sqlite'), synchronous: 'NORMAL' });
          try {
            for (const s of [...FIXTURE, ...steps]) {
              await store.appendToStream(s.streamId, [{ id: randomUUID(), type: s.type, data: s.data, metadata: s.metadata }], 'any');
            }
            await expectSameBothWays(store, run, sizes);
          } finally {
            await store.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a rebuild in memory stopped midway', () => {
  it('has written nothing, and the next start builds the read model from the start: no event applied twice or missed', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ft-in-memory-stop-'));
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
    const counter: Projection = { ...eventCounter, rebuildInMemory: (db) => batchByBatch(counter, db) };
    const manifest = () => new ProjectionManifest(join(directory, 'read-models'));
    try {
      for (let s = 0; s < 4; s++) {
        const events = Array.from({ length: 5000 }, (_, i) => ({ id: randomUUID(), type: 'Counted', data: { n: i + 1 } }));
        await store.appendToStream(`counted-${s}`, events, 'no_stream');
      }
      const first = new ProjectionEngine(store, manifest(), [counter]);
      await first.start();
      while (Number((await first.health())[0].eventsApplied) === 0) await new Promise((resolve) => setImmediate(resolve));
      await first.stop();
      const file = new ReadModelFile(manifest().fileOf('event-counter', 1), counter);
      expect(file.checkpoint()).toEqual({ position: null, eventsApplied: 0n });
      expect(countsIn(file.db)).toEqual({});
      file.close();

      const second = new ProjectionEngine(store, manifest(), [counter]);
      await second.start();
      await second.waitUntilCaughtUp();
      const counts = countsIn(second.reader('event-counter'));
      await second.stop();
      for (let s = 0; s < 4; s++) expect(counts[`counted-${s}`]).toEqual({ events: 5000, total: (5000 * 5001) / 2 });
    } finally {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

interface Step {
  streamId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

const ORGANISATIONS = ['o-0', 'o-1', 'o-2'];
const FORUMS = ['f-0', 'f-1'];
const RECOMMENDATIONS = ['r-0', 'r-1', 'r-2', 'r-3'];
const THEMES = ['legal-aid', 'services', 'shelters'];
const REGIONS = ['Sughd', 'Khatlon'];
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString();

const metadataOf = (effective: number, lateBy: number) => ({
  actor: { accountId: 'acc-1', organisationId: 'o-0', role: 'coordinator' },
  effectiveAt: day(effective),
  recordedAt: day(effective + lateBy),
});

const forumData = (id: string, funders: string[]) => ({
  forumId: id,
  title: `Forum ${id}`,
  kind: 'study_tour',
  startDate: '2024-01-10',
  endDate: '2024-01-12',
  location: { country: 'TJ', region: 'Sughd', district: null },
  organisers: [],
  funders,
  programme: null,
  participants: 20,
  sourceReference: null,
});

/** Organisations, forums and the proposals first, so that the random events have something to belong to. */
const FIXTURE: Step[] = [
  ...ORGANISATIONS.map((id) => ({
    streamId: `organisation-${id}`,
    type: 'OrganisationRegistered',
    data: { organisationId: id, name: `Organisation ${id}`, kind: 'ngo', country: 'TJ', region: null },
    metadata: metadataOf(0, 0),
  })),
  ...FORUMS.map((id) => ({ streamId: `forum-${id}`, type: 'ForumRecorded', data: forumData(id, ['o-0']), metadata: metadataOf(1, 0) })),
  ...RECOMMENDATIONS.map((id, i) => ({
    streamId: `recommendation-${id}`,
    type: 'RecommendationProposed',
    data: {
      recommendationId: id,
      forumId: FORUMS[i % FORUMS.length],
      text: `Text ${id}`,
      themes: [THEMES[i % THEMES.length]],
      targetRegions: REGIONS,
      priority: 'high',
    },
    metadata: metadataOf(2, 0),
  })),
];

const evidence = fc.constantFrom([], [{ kind: 'link', url: 'https://example.org/report', title: 'Report' }]);
const subset = <T>(values: T[]) => fc.subarray(values);

/** What one event of a recommendation says, by type; not necessarily a lifecycle a decider would allow. */
const recommendationData: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  RecommendationProposed: fc.record({
    forumId: fc.constantFrom(...FORUMS),
    text: fc.string({ maxLength: 12 }),
    themes: subset(THEMES),
    targetRegions: subset(REGIONS),
    priority: fc.constantFrom('high', 'medium', 'low'),
  }),
  RecommendationAssigned: fc.record({
    responsibleOrganisationId: fc.constantFrom(...ORGANISATIONS),
    supportingOrganisationIds: subset(ORGANISATIONS),
    dueDate: fc.integer({ min: 0, max: 400 }).map((n) => day(n).slice(0, 10)),
  }),
  RecommendationAccepted: fc.record({ organisationId: fc.constantFrom(...ORGANISATIONS) }),
  RecommendationDeclined: fc.record({ organisationId: fc.constantFrom(...ORGANISATIONS), reason: fc.constant('no budget') }),
  RecommendationWorkStarted: fc.record({ organisationId: fc.constantFrom(...ORGANISATIONS) }),
  RecommendationProgressReported: fc.record({ note: fc.string({ maxLength: 8 }), evidence, percentComplete: fc.option(fc.integer({ min: 0, max: 100 })) }),
  RecommendationDueDateChanged: fc.record({ previousDueDate: fc.constant('2024-06-01'), dueDate: fc.constant('2024-09-01'), reason: fc.constant('later') }),
  RecommendationImplemented: fc.record({ organisationId: fc.constantFrom(...ORGANISATIONS), summary: fc.string({ maxLength: 8 }), evidence }),
  RecommendationImplementationVerified: fc.record({ note: fc.option(fc.string({ maxLength: 8 })) }),
  RecommendationImplementationDisputed: fc.record({ reason: fc.constant('not done') }),
  RecommendationWithdrawn: fc.record({ reason: fc.constant('moot'), previousStatus: fc.constant('proposed') }),
  RecommendationEffectiveDateCorrected: fc.record({
    revision: fc.integer({ min: 0, max: 3 }),
    eventType: fc.constant('RecommendationAssigned'),
    previousEffectiveAt: fc.constant(day(3)),
    effectiveAt: fc.integer({ min: 0, max: 300 }).map(day),
    reason: fc.constant('typo'),
  }),
  RecommendationCorrected: fc.record({
    changed: fc.record({ text: fc.string({ maxLength: 8 }), themes: subset(THEMES), targetRegions: subset(REGIONS) }, { requiredKeys: [] }),
    previous: fc.constant({}),
    reason: fc.constant('misspelt'),
  }),
};

const step: fc.Arbitrary<Step> = fc
  .record({
    recommendation: fc.constantFrom(...RECOMMENDATIONS),
    // Corrections often, so that the same event's time is corrected twice and a correction's copy is superseded in turn.
    type: fc.oneof(fc.constantFrom(...Object.keys(recommendationData)), fc.constant('RecommendationEffectiveDateCorrected')),
    effective: fc.integer({ min: 2, max: 300 }),
    lateBy: fc.constantFrom(0, 0, 0, 40),
  })
  .chain(({ recommendation, type, effective, lateBy }) =>
    recommendationData[type].map((data) => ({
      streamId: `recommendation-${recommendation}`,
      type,
      data: { recommendationId: recommendation, ...data },
      metadata: metadataOf(effective, lateBy),
    })),
  );
