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
