import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store';

// fdatasync held back by the test (jest hoists the mock above the imports), to see what happens between a commit and its flush; the rest of fs is real.
const flushes: Array<(error: NodeJS.ErrnoException | null) => void> = [];
jest.mock('node:fs', () => ({
  ...jest.requireActual('node:fs'),
  fdatasync: (_fd: number, done: (error: NodeJS.ErrnoException | null) => void) => flushes.push(done),
}));

const event = (n: number) => ({ id: crypto.randomUUID(), type: 'Happened', data: { n } });
const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('the embedded store synced off the event loop', () => {
  let directory: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'ft-wal-sync-'));
    store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'OFF_LOOP' });
    flushes.length = 0;
  });
  afterEach(async () => {
    for (const flush of flushes.splice(0)) flush(null);
    const closing = store.close();
    await new Promise((resolve) => setImmediate(resolve));
    for (const flush of flushes.splice(0)) flush(null);
    await closing;
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers an append, and shows it to readers, only once the WAL is flushed', async () => {
    const append = store.appendToStream('s-1', [event(1)], 'no_stream');
    expect(await settled(append)).toBe(false);
    expect(flushes).toHaveLength(1);
    expect(await store.readAll()).toEqual([]);
    flushes.shift()?.(null);
    expect(await settled(append)).toBe(true);
    expect((await store.readAll()).map((e) => e.data)).toEqual([{ n: 1 }]);
  });

  it('lets commits made during a flush share the next one, and shows readers only what the finished flush covered', async () => {
    const first = store.appendToStream('s-1', [event(1)], 'no_stream');
    await settled(first);
    const second = store.appendToStream('s-2', [event(2)], 'no_stream');
    const third = store.appendToStream('s-3', [event(3)], 'no_stream');
    await settled(third);
    expect(flushes).toHaveLength(1); // the second and third wait: one flush at a time
    flushes.shift()?.(null);
    expect(await settled(first)).toBe(true);
    expect(await settled(second)).toBe(false);
    expect(flushes).toHaveLength(1); // one flush for both
    expect((await store.readAll()).map((e) => e.data)).toEqual([{ n: 1 }]);
    flushes.shift()?.(null);
    expect(await settled(Promise.all([second, third]))).toBe(true);
    expect((await store.readAll()).map((e) => e.data)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('fails the appends a failed flush was to cover', async () => {
    const append = store.appendToStream('s-1', [event(1)], 'no_stream');
    await settled(append);
    flushes.shift()?.(Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' }));
    await expect(append).rejects.toThrow('EIO');
  });
});
