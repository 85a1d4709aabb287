import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { countsIn, eventCounter } from './event-counter.projection';

async function appendNumbers(store: SqliteEventStore, streamId: string, from: number, to: number): Promise<void> {
  const events = [];
  for (let n = from; n <= to; n++) events.push({ id: randomUUID(), type: 'Counted', data: { n } });
  await store.appendToStream(streamId, events, 'any');
}

describe('projection engine', () => {
  let directory: string;
  let store: SqliteEventStore;
  let engine: ProjectionEngine;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ft-projections-'));
    store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
  });
  afterEach(async () => {
    await engine?.stop();
    await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const startEngine = async () => {
    engine = new ProjectionEngine(store, new ProjectionManifest(join(directory, 'read-models')), [eventCounter]);
    await engine.start();
    await engine.waitUntilCaughtUp();
    return engine;
  };

  it('catches up with the history, only with the streams it reads, then follows live appends', async () => {
    await appendNumbers(store, 'counted-a', 1, 3);
    await appendNumbers(store, 'ignored-b', 1, 100);
    await startEngine();
    expect(countsIn(engine.reader('event-counter'))).toEqual({ 'counted-a': { events: 3, total: 6 } });
    const result = await store.appendToStream('counted-c', [{ id: randomUUID(), type: 'Counted', data: { n: 10 } }], 'any');
    expect(await engine.waitForPosition('event-counter', result.position, 5000)).toBe(true);
    expect(countsIn(engine.reader('event-counter'))['counted-c']).toEqual({ events: 1, total: 10 });
  });

  it('does not wait for an event it does not read', async () => {
    await startEngine();
    const result = await store.appendToStream('ignored-x', [{ id: randomUUID(), type: 'Other', data: {} }], 'any');
    expect(await engine.waitForPosition('event-counter', result.position, 10)).toBe(true);
  });

  it('resumes from its checkpoint after a restart without applying anything twice', async () => {
    await appendNumbers(store, 'counted-a', 1, 50);
    await startEngine();
    await engine.stop();
    await appendNumbers(store, 'counted-a', 51, 60);
    await startEngine();
    expect(countsIn(engine.reader('event-counter'))).toEqual({ 'counted-a': { events: 60, total: 1830 } });
  });

  it('rebuilds into a new generation that equals the incremental one, reporting progress, and switches over', async () => {
    await appendNumbers(store, 'counted-a', 1, 2500);
    await startEngine();
    await appendNumbers(store, 'counted-b', 1, 40);
    const position = (await store.readAll({ direction: 'backwards', maxCount: 1 }))[0].position;
    await engine.waitForPosition('event-counter', position, 5000);
    const incremental = countsIn(engine.reader('event-counter'));
    const progress: { eventsApplied: number; done: boolean; generation: number }[] = [];
    await engine.rebuild(['event-counter'], (p) => progress.push(p));
    expect(countsIn(engine.reader('event-counter'))).toEqual(incremental);
    expect(progress[progress.length - 1]).toMatchObject({ done: true, eventsApplied: 2540, generation: 2 });
    const health = await engine.health();
    expect(health[0]).toMatchObject({ name: 'event-counter', generation: 2, caughtUp: true, lag: '0' });
    await engine.stop();
    await startEngine();
    expect(countsIn(engine.reader('event-counter'))).toEqual(incremental);
  });
});
