import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { READ_MODELS } from '../../src/projections/read-models';
import { cachedDataSet } from '../data-set/cached-data-set';
import { BenchOptions, Measurement, Scenario } from '../measurement';

const EVENTS_PER_SECOND = 2000;

/** Every flush of every runner, timed (ProjectionRunner.flush is private: wrapped on the prototype, bench only). */
function timeFlushes(): { durations: number[]; restore: () => void } {
  const prototype = ProjectionRunner.prototype as unknown as { flush: (batch: unknown[]) => void };
  const original = prototype.flush;
  const durations: number[] = [];
  prototype.flush = function (this: unknown, batch: unknown[]) {
    if (batch.length === 0) return original.call(this, batch);
    const started = performance.now();
    original.call(this, batch);
    durations.push(performance.now() - started);
  };
  return { durations, restore: () => (prototype.flush = original) };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;

/**
 * Issue 20: live projection flushes block the event loop. The app's read models live on a 100k-event store while
 * progress reports are appended at 2,000 events/s through the store's group commit, in this one process as in the
 * app; each flush is timed (what it blocks the event loop for), and the event loop's delay monitored (which
 * also holds the store's own commits), over several rounds.
 */
export const liveFlushesScenario: Scenario = {
  name: 'live flushes',
  async run({ quick, dataDir, seed, log }: BenchOptions): Promise<Measurement[]> {
    const set = await cachedDataSet(dataDir, quick ? 10_000 : 100_000, seed, log);
    const dir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-live-'));
    copyFileSync(set.file, join(dir, 'events.sqlite'));
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), synchronous: 'FULL' });
    const engine = new ProjectionEngine(store, new ProjectionManifest(join(dir, 'read-models')), READ_MODELS);
    const results: Measurement[] = [];
    try {
      await engine.start();
      await engine.waitUntilCaughtUp();
      const ids = set.history.recommendationIds;
      const rounds = quick ? 2 : 4;
      const seconds = quick ? 3 : 5;
      const samples = new Map<string, { flushes: number[]; loopMax: number[]; loopP99: number[] }>([
        ['tracker and account-audit read models', { flushes: [], loopMax: [], loopP99: [] }],
      ]);
      for (let round = 0; round < rounds; round++) {
        for (const [label, sample] of samples) {
          const timing = timeFlushes();
          const loop = monitorEventLoopDelay({ resolution: 1 });
          loop.enable();
          const appends: Promise<unknown>[] = [];
          const until = Date.now() + seconds * 1000;
          let n = 0;
          await new Promise<void>((resolve) => {
            const tick = setInterval(() => {
              if (Date.now() >= until) return (clearInterval(tick), resolve());
              for (let i = 0; i < EVENTS_PER_SECOND / 200; i++) {
                const id = ids[n++ % ids.length];
                const now = new Date().toISOString();
                const commandId = randomUUID();
                const metadata = {
                  actor: { accountId: 'bench', organisationId: null, role: 'coordinator' },
                  recordedAt: now,
                  effectiveAt: now,
                  commandId,
                  commandType: 'ReportProgress',
                  correlationId: commandId,
                  causationId: commandId,
                  schemaVersion: 1,
                };
                const event = {
                  id: randomUUID(),
                  type: 'RecommendationProgressReported',
                  data: { recommendationId: id, note: 'Weekly update', evidence: [], percentComplete: null },
                  metadata,
                };
                appends.push(store.appendToStream(`recommendation-${id}`, [event], 'any'));
              }
            }, 5);
          });
          await Promise.all(appends);
          await new Promise((resolve) => setTimeout(resolve, 200));
          loop.disable();
          timing.restore();

          sample.flushes.push(...timing.durations);
          sample.loopMax.push(loop.max / 1e6);
          sample.loopP99.push(loop.percentile(99) / 1e6);
          log(
            `  round ${round + 1}, ${label}: ${timing.durations.length} flushes, p99 ${percentile(timing.durations, 99).toFixed(1)} ms, max ${Math.max(...timing.durations).toFixed(1)} ms; loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`,
          );
        }
      }
      for (const [label, sample] of samples) {
        results.push({
          scenario: `live flush at ${EVENTS_PER_SECOND} appends/s, p99: ${label}`,
          size: `${set.history.events} ev`,
          figure: percentile(sample.flushes, 99),
          unit: 'ms',
          details: {
            median: percentile(sample.flushes, 50),
            max: Math.max(...sample.flushes),
            'over 10 ms': sample.flushes.filter((d) => d > 10).length,
            flushes: sample.flushes.length,
            'loop delay p99 ms (median of rounds)': percentile(sample.loopP99, 50),
            'loop delay max ms (max of rounds)': Math.max(...sample.loopMax),
          },
        });
      }
    } finally {
      await engine.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return results;
  },
};
