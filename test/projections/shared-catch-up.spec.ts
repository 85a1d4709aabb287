import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTrackerHistory } from '../../bench/data-set/tracker-history';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { EventStore, RecordedEvent, SubscribeToAllOptions } from '../../src/event-store/event-store.port';
import { recommendationFilesProjection } from '../../src/evidence-files/recommendation-files.projection';
import { notificationsProjection } from '../../src/notifications/notifications.projection';
import { Projection, batchByBatch } from '../../src/projections/projection';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { ReadModelFile } from '../../src/projections/read-model-file';
import { SharedCatchUp } from '../../src/projections/shared-catch-up';
import { readModelContents } from './support/read-model-contents';

const PREFIXES = ['a-', 'b-', 'c-', 'd-'];

/** Writes each event it is given as a row keyed by its position: an event applied twice fails, one missed is absent. */
function recorder(name: string, streamPrefixes: string[], inMemory: boolean): Projection {
  const projection: Projection = {
    name,
    version: 1,
    streamPrefixes,
    createTables: (db) => db.exec('CREATE TABLE IF NOT EXISTS seen (position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, n INTEGER NOT NULL)'),
    apply: (db, event) => void db.prepare('INSERT INTO seen VALUES (?, ?, ?)').run(event.position.commit, event.streamId, Number(event.data.n)),
  };
  if (inMemory) projection.rebuildInMemory = (db) => batchByBatch(projection, db);
  return projection;
}

const seenIn = (db: Database.Database) => db.prepare('SELECT position, stream_id, n FROM seen ORDER BY position').all();
const expectedOf = (events: RecordedEvent[], prefixes: string[]) =>
  events
    .filter((e) => prefixes.length === 0 || prefixes.some((p) => e.streamId.startsWith(p)))
    .map((e) => ({ position: e.position.commit, stream_id: e.streamId, n: BigInt(Number(e.data.n)) }));

/** Records where each of the store's subscriptions starts. */
function countingSubscriptions(store: EventStore): { store: EventStore; from: SubscribeToAllOptions['fromPosition'][] } {
  const from: SubscribeToAllOptions['fromPosition'][] = [];
  const subscribeToAll = store.subscribeToAll.bind(store);
  store.subscribeToAll = (options) => {
    from.push(options.fromPosition);
    return subscribeToAll(options);
  };
  return { store, from };
}

const participant = fc.record({
  prefixes: fc.subarray(PREFIXES, { minLength: 1 }),
  inMemory: fc.boolean(),
  /** Where its read model already stands, as a fraction of the log (0: from the start). */
  startAt: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
});

describe('one catch-up read shared by the projections at start', () => {
  let directory: string;
  beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'ft-shared-catch-up-'))));
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('gives each projection what its own subscription would have, from its checkpoint, with events appended meanwhile, in one scan', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ prefix: fc.constantFrom(...PREFIXES, 'z-'), stream: fc.integer({ min: 0, max: 3 }) }), { minLength: 0, maxLength: 80 }),
        fc.array(participant, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 10 }),
        async (log, participants, appendedMeanwhile) => {
          const run = mkdtempSync(join(directory, 'run-'));
          const store = new SqliteEventStore({ file: join(run, 'events.sqlite'), synchronous: 'NORMAL' });
          let n = 0;
          const append = (prefix: string, stream: number) =>
            store.appendToStream(`${prefix}${stream}`, [{ id: randomUUID(), type: 'Happened', data: { n: n++ } }], 'any');
          const runners: ProjectionRunner[] = [];
          try {
            for (const e of log) await append(e.prefix, e.stream);
            const before = await store.readAll();
            const counted = countingSubscriptions(store);
            const shared = new SharedCatchUp(counted.store);
            for (const [i, p] of participants.entries()) {
              const projection = recorder(`p${i}`, p.prefixes, p.inMemory);
              const readModel = new ReadModelFile(join(run, `p${i}.sqlite`), projection);
              // A read model that already stands somewhere in the log: applied up to there, checkpoint with it.
              const upTo = Math.floor(p.startAt * before.length);
              const applied = expectedOf(before.slice(0, upTo), p.prefixes);
              for (const row of applied) readModel.db.prepare('INSERT INTO seen VALUES (?, ?, ?)').run(row.position, row.stream_id, row.n);
              if (upTo > 0) readModel.advance(before[upTo - 1].position, applied.length);
              const runner = new ProjectionRunner(counted.store, projection, readModel, 1, false, shared);
              runners.push(runner);
              void runner.run();
            }
            shared.open();
            for (let i = 0; i < appendedMeanwhile; i++) await append(PREFIXES[i % 4], i % 3);
            await Promise.all(runners.map((r) => r.waitUntilCaughtUp()));
            const all = await store.readAll();
            for (const [i, r] of runners.entries()) {
              const last = expectedOf(all, participants[i].prefixes).pop();
              if (last) await r.waitForPosition({ commit: last.position, prepare: last.position }, 5000);
            }
            for (const [i, r] of runners.entries()) expect(seenIn(r.readModel.db)).toEqual(expectedOf(all, participants[i].prefixes));
            // Several: one scan of the log as it stood; each participant's own subscription starts where that scan
            // ended, at its head. One alone reads the store itself: its own scan, and a second from its checkpoint
            // when the log held nothing for it (so the checkpoint stayed at the start).
            const head = before[before.length - 1]?.position.commit;
            const scans = counted.from.filter((f) => f === 'start' || (head !== undefined && f.commit < head));
            const behind = participants.some((p) => Math.floor(p.startAt * before.length) < before.length);
            if (head !== undefined && behind && participants.length > 1) expect(scans).toHaveLength(1);
            if (head !== undefined && behind && participants.length === 1) expect(scans.length).toBeLessThanOrEqual(2);
          } finally {
            for (const r of runners) {
              await r.stop();
              r.readModel.close();
            }
            await store.close();
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('builds the notifications and evidence files read models, in memory, as each built alone by its own subscription', async () => {
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
    const runners: ProjectionRunner[] = [];
    const start = (projection: Projection, file: string, shared: SharedCatchUp | null) => {
      const runner = new ProjectionRunner(store, projection, new ReadModelFile(join(directory, file), projection), 1, false, shared ?? store);
      runners.push(runner);
      void runner.run();
      return runner;
    };
    try {
      const history = await writeTrackerHistory(store, 3000, 20261203);
      // The generated history has no uploaded files: some progress reports name one, between its events and after.
      for (const [i, id] of history.recommendationIds.slice(0, 20).entries()) {
        const file = { sha256: `${i}`.padStart(64, '0'), name: `report-${i}.pdf`, mediaType: 'application/pdf', size: 1000 + i };
        const evidence = [{ title: `report ${i}`, public: i % 2 === 0, file }];
        await store.appendToStream(`recommendation-${id}`, [{ id: randomUUID(), type: 'RecommendationProgressReported', data: { evidence } }], 'any');
        await writeTrackerHistory(store, 20, i);
      }
      const shared = new SharedCatchUp(store);
      const together = [notificationsProjection, recommendationFilesProjection].map((p) => start(p, `${p.name}.shared.sqlite`, shared));
      // Alone and incrementally: the projection without its in-memory build, batch by batch in its file.
      const alone = [notificationsProjection, recommendationFilesProjection].map((p) =>
        start({ ...p, rebuildInMemory: undefined }, `${p.name}.alone.sqlite`, null),
      );
      await Promise.all(runners.map((r) => r.waitUntilCaughtUp()));
      for (const [i, runner] of together.entries()) {
        const contents = contentsOf(runner.readModel.db);
        expect(contents).toEqual(contentsOf(alone[i].readModel.db));
        expect(Object.values(contents).some((rows) => rows.length > 0)).toBe(true);
        if (runner.projection === recommendationFilesProjection) expect(contents.recommendation_files).toHaveLength(20);
      }
    } finally {
      for (const r of runners) {
        await r.stop();
        r.readModel.close();
      }
      await store.close();
    }
  });
});

const contentsOf = (db: Database.Database) => readModelContents(db, { withoutCheckpoint: true, indexes: false });
