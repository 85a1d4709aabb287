import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('embedded SQLite store', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ft-contract-'));
  const store = new SqliteEventStore({ file: join(directory, 'events.sqlite') });
  return {
    store,
    stop: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});

describeEventStoreContract('embedded SQLite store, synced off the event loop', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'ft-contract-off-loop-'));
  const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'OFF_LOOP' });
  return {
    store,
    stop: async () => {
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
});
