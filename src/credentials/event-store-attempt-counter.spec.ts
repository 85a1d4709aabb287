import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../event-store/embedded/sqlite-event-store';
import { EventStoreAttemptCounter } from './event-store-attempt-counter';

describe('EventStoreAttemptCounter (counts shared through the store)', () => {
  let dir: string;
  let store: SqliteEventStore;
  const limit = { name: 'sign-in:test', attempts: 3, windowSeconds: 60 };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ft-attempts-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets exactly the first `attempts` of many parallel takes through, from two counters on one store', async () => {
    const [one, two] = [new EventStoreAttemptCounter(store), new EventStoreAttemptCounter(store)];
    const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).take(limit, 'a@example.org|127.0.0.1')));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
    expect(waits.filter((w) => w > 0 && w <= 60)).toHaveLength(17);
    expect(await one.take(limit, 'another key')).toBe(0);
  });

  it('gives back an attempt and forgets a key', async () => {
    const counter = new EventStoreAttemptCounter(store);
    for (let i = 0; i < 3; i++) expect(await counter.take(limit, 'k')).toBe(0);
    expect(await counter.take(limit, 'k')).toBeGreaterThan(0);
    await counter.forget(limit, 'k');
    expect(await counter.take(limit, 'k')).toBe(0);
    expect(await counter.take(limit, 'k')).toBe(0);
    await counter.giveBack(limit, 'k');
    expect(await counter.take(limit, 'k')).toBe(0);
    expect(await counter.take(limit, 'k')).toBe(0);
    expect(await counter.take(limit, 'k')).toBeGreaterThan(0);
  });
});
