import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore, SqliteSynchronous } from '../../src/event-store/embedded/sqlite-event-store';
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
async function storeAppends(dir: string, total: number, batch: number, writers: number, synchronous: SqliteSynchronous = 'FULL'): Promise<number> {
  return (await timedStoreAppends(dir, total, batch, writers, synchronous)).rate;
}

/** The rate, and how much of the time the event loop was busy and how long its worst stalls were meanwhile. */
async function timedStoreAppends(dir: string, total: number, batch: number, writers: number, synchronous: SqliteSynchronous) {
  const store = new SqliteEventStore({ file: join(dir, `store-${synchronous}.sqlite`), synchronous });
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
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const loopBefore = performance.eventLoopUtilization();
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: writers }, writer));
  const seconds = elapsedSeconds(started);
  const loopBusy = performance.eventLoopUtilization(loopBefore).utilization;
  delay.disable();
  await store.close();
  return { rate: total / seconds, loopBusy, delayP99Ms: delay.percentile(99) / 1e6 };
}

/** 32 writers on a store that syncs in the commit and on one that syncs in the thread pool, rounds alternating. */
async function offLoopAppends(total: number, rounds: number, log: (line: string) => void): Promise<Measurement[]> {
  const runs: Record<SqliteSynchronous, { rate: number; loopBusy: number; delayP99Ms: number }[]> = { FULL: [], OFF_LOOP: [], NORMAL: [] };
  for (let round = 0; round < rounds; round++)
    for (const synchronous of round % 2 ? (['OFF_LOOP', 'FULL'] as const) : (['FULL', 'OFF_LOOP'] as const)) {
      const dir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-appends-'));
      runs[synchronous].push(await timedStoreAppends(dir, total, 1, 32, synchronous));
      rmSync(dir, { recursive: true, force: true });
    }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const of = (s: SqliteSynchronous, key: 'rate' | 'loopBusy' | 'delayP99Ms') => median(runs[s].map((r) => r[key]));
  log(
    `  32 writers, median of ${rounds}: FULL ${Math.round(of('FULL', 'rate'))} events/s, loop busy ${(of('FULL', 'loopBusy') * 100).toFixed(0)} %, delay p99 ${of('FULL', 'delayP99Ms').toFixed(1)} ms;` +
      ` OFF_LOOP ${Math.round(of('OFF_LOOP', 'rate'))} events/s, loop busy ${(of('OFF_LOOP', 'loopBusy') * 100).toFixed(0)} %, delay p99 ${of('OFF_LOOP', 'delayP99Ms').toFixed(1)} ms`,
  );
  const size = `${total} ev`;
  return [
    {
      scenario: 'append 1 event, 32 writers, OFF_LOOP (fdatasync in the thread pool)',
      size,
      figure: of('OFF_LOOP', 'rate'),
      unit: 'events/s',
      bound: of('FULL', 'rate'),
      boundLabel: 'the same on FULL, same run',
    },
    {
      scenario: 'event loop busy during those appends, OFF_LOOP',
      size,
      figure: of('OFF_LOOP', 'loopBusy') * 100,
      unit: '%',
      bound: of('FULL', 'loopBusy') * 100,
      boundLabel: 'on FULL, same run',
    },
    {
      scenario: 'event-loop delay p99 during those appends, OFF_LOOP',
      size,
      figure: of('OFF_LOOP', 'delayP99Ms'),
      unit: 'ms',
      bound: of('FULL', 'delayP99Ms'),
      boundLabel: 'on FULL, same run',
    },
  ];
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
    results.push(...(await offLoopAppends(quick ? 10_000 : 50_000, quick ? 3 : 5, log)));
    return results;
  },
};
