import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { createEventStoreSchema } from '../../src/event-store/embedded/sqlite-schema';
import { BenchOptions, Measurement, Scenario, elapsedSeconds } from '../measurement';

const DATA = JSON.stringify({
  recommendationId: '30000000-0000-4000-8000-000000000001',
  note: 'Training held in Bokhtar for 24 inspectors',
  evidence: [],
  percentComplete: 40,
});
const METADATA = JSON.stringify({
  actor: { accountId: 'a', organisationId: 'o', role: 'stakeholder' },
  recordedAt: new Date(0).toISOString(),
  effectiveAt: new Date(0).toISOString(),
  commandId: 'c',
  correlationId: 'c',
  causationId: 'c',
  schemaVersion: 1,
});

/** The same rows the store writes, with the same pragmas, straight through better-sqlite3: the bound. */
function rawInserts(dir: string, total: number, batch: number): number {
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  createEventStoreSchema(db);
  const insert = db.prepare('INSERT INTO events (event_id, stream_id, revision, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const stream = db.prepare('INSERT OR REPLACE INTO streams (stream_id, revision) VALUES (?, ?)');
  const write = db.transaction((from: number) => {
    for (let i = from; i < from + batch; i++)
      insert.run(randomUUID(), `s-${Math.floor(i / 1000)}`, i % 1000, 'RecommendationProgressReported', DATA, METADATA, Date.now());
    stream.run(`s-${Math.floor(from / 1000)}`, (from + batch - 1) % 1000);
  });
  const started = process.hrtime.bigint();
  for (let i = 0; i < total; i += batch) write.immediate(i);
  const seconds = elapsedSeconds(started);
  db.close();
  return total / seconds;
}

/** `writers` concurrent appenders, each on its own streams, each waiting for its append before the next. */
async function storeAppends(dir: string, total: number, batch: number, writers: number): Promise<number> {
  const store = new SqliteEventStore({ file: join(dir, 'store.sqlite'), synchronous: 'FULL' });
  const revisions = new Map<string, bigint>();
  const writer = async (_: unknown, w: number) => {
    for (let i = w * batch; i < total; i += writers * batch) {
      const streamId = `s-${w}-${Math.floor(i / (1000 * writers))}`;
      const events = Array.from({ length: batch }, () => ({
        id: randomUUID(),
        type: 'RecommendationProgressReported',
        data: JSON.parse(DATA),
        metadata: JSON.parse(METADATA),
      }));
      const result = await store.appendToStream(streamId, events, revisions.get(streamId) ?? 'no_stream');
      revisions.set(streamId, result.nextExpectedRevision);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: writers }, writer));
  const seconds = elapsedSeconds(started);
  await store.close();
  return total / seconds;
}

export const appendsScenario: Scenario = {
  name: 'appends',
  async run({ quick, log }: BenchOptions): Promise<Measurement[]> {
    // [events, events per append, concurrent writers]
    const cases: [number, number, number][] = quick
      ? [
          [2_000, 1, 1],
          [10_000, 1, 32],
          [10_000, 100, 1],
        ]
      : [
          [10_000, 1, 1],
          [100_000, 1, 1],
          [10_000, 1, 32],
          [100_000, 1, 32],
          [10_000, 100, 1],
          [100_000, 100, 1],
          [1_000_000, 1000, 1],
        ];
    const results: Measurement[] = [];
    for (const [total, batch, writers] of cases) {
      const dir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-appends-'));
      const figure = await storeAppends(dir, total, batch, writers);
      const bound = rawInserts(dir, total, batch);
      rmSync(dir, { recursive: true, force: true });
      const what = batch === 1 ? '1 event, expected revision' : `batches of ${batch}`;
      const m: Measurement = {
        scenario: `append ${what}, ${writers === 1 ? '1 writer' : `${writers} writers`}, FULL`,
        size: `${total} ev`,
        figure,
        unit: 'events/s',
        bound,
        boundLabel: `raw inserts, ${batch} a transaction`,
      };
      log(`  ${m.scenario} ${total}: ${Math.round(figure)} events/s`);
      results.push(m);
    }
    return results;
  },
};
