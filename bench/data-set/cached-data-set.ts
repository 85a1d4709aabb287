import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { TRACKER_HISTORY_VERSION, TrackerHistory, writeTrackerHistory } from './tracker-history';

export interface DataSet {
  dir: string;
  /** The embedded store's file: open it with SqliteEventStore, or read it raw. */
  file: string;
  history: TrackerHistory;
}

/**
 * A store with about `events` events of tracker history, generated once per seed and size and kept under
 * the bench data directory (`bench-data/tracker-v<version>-<seed>-<events>/`), so a second run reuses it.
 */
export async function cachedDataSet(root: string, events: number, seed: number, log: (line: string) => void): Promise<DataSet> {
  const dir = join(root, `tracker-v${TRACKER_HISTORY_VERSION}-${seed}-${events}`);
  const file = join(dir, 'events.sqlite');
  const manifest = join(dir, 'history.json');
  if (existsSync(manifest)) return { dir, file, history: JSON.parse(readFileSync(manifest, 'utf8')) as TrackerHistory };
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = Date.now();
  const store = new SqliteEventStore({ file: join(building, 'events.sqlite'), synchronous: 'NORMAL' });
  let reported = 0;
  const history = await writeTrackerHistory(store, events, seed, (written) => {
    if (written - reported < 100_000) return;
    reported = written;
    log(`  generating ${events} events: ${written} written`);
  });
  await store.close();
  writeFileSync(join(building, 'history.json'), JSON.stringify(history));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  log(`  generated ${history.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir, file, history };
}
