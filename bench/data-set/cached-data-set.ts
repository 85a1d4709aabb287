import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { TrackerHistory, writeTrackerHistory } from './tracker-history';
import { readFileSync, writeFileSync } from 'node:fs';

export interface DataSet {
  dir: string;
  file: string;
  history: TrackerHistory;
}

/** A store with about `events` events, generated once per seed and size and kept under the bench data directory. */
export async function cachedDataSet(root: string, events: number, seed: number, log: (line: string) => void): Promise<DataSet> {
  const dir = join(root, `tracker-${seed}-${events}`);
  const file = join(dir, 'events.sqlite');
  const manifest = join(dir, 'history.json');
  if (existsSync(manifest)) return { dir, file, history: JSON.parse(readFileSync(manifest, 'utf8')) as TrackerHistory };
  const building = `${dir}.building`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = Date.now();
  const store = new SqliteEventStore({ file: join(building, 'events.sqlite'), synchronous: 'NORMAL' });
  const history = await writeTrackerHistory(store, events, seed, (n) => log(`  generating ${events} events: ${n} written`));
  await store.close();
  writeFileSync(join(building, 'history.json'), JSON.stringify(history));
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  log(`  generated ${history.events} events in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { dir, file, history };
}
