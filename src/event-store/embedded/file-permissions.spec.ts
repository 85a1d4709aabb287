import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the embedded store keeps its files private (they hold password and token hashes)', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'ft-modes-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data directory 0700 and the log, its -wal and -shm 0600, whatever the umask', async () => {
    const previous = process.umask(0o022);
    try {
      const store = new SqliteEventStore({ file: join(root, 'data', 'events.sqlite') });
      await store.appendToStream('s-1', [{ id: '00000000-0000-4000-8000-000000000001', type: 'Happened', data: {} }], 'no_stream');
      expect(modeOf(join(root, 'data'))).toBe(0o700);
      const files = readdirSync(join(root, 'data'));
      expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm']));
      for (const name of files) expect([name, modeOf(join(root, 'data', name))]).toEqual([name, 0o600]);
      await store.close();
    } finally {
      process.umask(previous);
    }
  });

  it('narrows an existing world-readable data directory and log', async () => {
    const directory = join(root, 'old');
    new SqliteEventStore({ file: join(directory, 'events.sqlite') }).close();
    chmodSync(directory, 0o755);
    chmodSync(join(directory, 'events.sqlite'), 0o644);
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite') });
    expect(modeOf(directory)).toBe(0o700);
    expect(modeOf(join(directory, 'events.sqlite'))).toBe(0o600);
    await store.close();
  });
});
