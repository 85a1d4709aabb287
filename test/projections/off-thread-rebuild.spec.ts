import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTrackerHistory } from '../../bench/data-set/tracker-history';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { OffThreadRebuild } from '../../src/projections/off-thread-rebuild';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { READ_MODELS } from '../../src/projections/read-models';
import { readModelContents } from './support/read-model-contents';

const contentsOf = (db: Database.Database) => readModelContents(db, { withoutCheckpoint: true });

describe('a rebuild in a worker thread', () => {
  it('builds at start and in a rebuild, reading the store file itself, the read models the main thread builds, up to the head of the log', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ft-off-thread-'));
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
    // From TypeScript the worker compiles the sources with the tests' hook, registered once in it.
    const preload = join(__dirname, '..', 'support', 'ts-register.js');
    const engine = new ProjectionEngine(store, new ProjectionManifest(join(directory, 'read-models')), READ_MODELS, { preload });
    const built = jest.spyOn(OffThreadRebuild.prototype, 'build');
    const reference = new ProjectionEngine(store, new ProjectionManifest(join(directory, 'reference')), READ_MODELS);
    try {
      await writeTrackerHistory(store, 3000, 20261203);
      const names = READ_MODELS.map((p) => p.name);
      await reference.start();
      await reference.waitUntilCaughtUp();
      const onMainThread = Object.fromEntries(names.map((name) => [name, contentsOf(reference.reader(name))]));
      expect(onMainThread.tracker.recommendation_history.length).toBeGreaterThan(0);

      // A start with no read models builds them in workers; a rebuild while serving too.
      await engine.start();
      await engine.waitUntilCaughtUp();
      expect(built).toHaveBeenCalledTimes(names.length);
      for (const name of names) expect(contentsOf(engine.reader(name))).toEqual(onMainThread[name]);
      await engine.rebuild(names);
      expect(built).toHaveBeenCalledTimes(2 * names.length);
      for (const name of names) expect(contentsOf(engine.reader(name))).toEqual(onMainThread[name]);
      expect((await engine.health()).map((p) => p.generation)).toEqual(names.map(() => 2));

      // The worker's checkpoint is the log's head: the new generation goes on from there.
      const [head] = await store.readAll({ direction: 'backwards', maxCount: 1 });
      const tracker = (await engine.health()).find((p) => p.name === 'tracker');
      expect(tracker?.checkpoint).toBe(`${head.position.commit}/${head.position.prepare}`);
    } finally {
      built.mockRestore();
      await engine.stop();
      await reference.stop();
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
