import { performance } from 'node:perf_hooks';
import { cachedDataSet } from '../data-set/cached-data-set';
import { BenchOptions, Measurement, Scenario } from '../measurement';
import { AppProcess, buildApp, percentile, signInToBench, startAppProcess } from '../support/app-process';

/** From the spawn of the app's process until it answers (it listens once every read model has caught up), in ms. */
async function startTimed(seedStore?: string, compiledRoot?: string): Promise<{ app: AppProcess; ms: number }> {
  let spawned = 0;
  const app = await startAppProcess({ seedStore, compiled: true, compiledRoot, onSpawned: () => (spawned = performance.now()), startTimeoutMs: 600_000 });
  return { app, ms: performance.now() - spawned };
}

/** A cold start of the app of `checkout` (another commit's, built there), stopped at once, in ms. */
async function coldStart(seedStore: string, checkout?: string): Promise<number> {
  const { app, ms } = await startTimed(seedStore, checkout);
  await app.stop();
  return ms;
}

/** The bound: the same app started on an empty store (loading its code, migrating, listening), in ms. */
async function emptyStart(): Promise<number> {
  const { app, ms } = await startTimed();
  await app.stop();
  return ms;
}

interface Rebuilding {
  rebuilding: { projection: string; done: boolean }[];
  projections: { name: string; generation: number; eventsApplied: string }[];
}

/** `/health/live` probed open-loop, one every 20 ms not waiting for the previous answer: a blocked loop shows in every probe. */
function probeEvery20Ms(url: string): { stop(): Promise<number[]> } {
  const latencies: number[] = [];
  const probes: Promise<void>[] = [];
  const timer = setInterval(() => {
    const sent = performance.now();
    probes.push(
      fetch(`${url}/health/live`)
        .then((r) => r.arrayBuffer())
        .then(() => void latencies.push(performance.now() - sent)),
    );
  }, 20);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(probes);
      return latencies.sort((a, b) => a - b);
    },
  };
}

/** The bound: `/health/live` probed the same way on the same app doing nothing else, for `seconds`. */
async function healthIdle(app: AppProcess, seconds: number): Promise<number[]> {
  const probing = probeEvery20Ms(app.url);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return probing.stop();
}

/** The probes from the moment the tracker's rebuild is asked for until it has switched over. */
async function healthDuringRebuild(app: AppProcess): Promise<{ latencies: number[]; seconds: number; events: number }> {
  const token = await signInToBench(app.url);
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const status = async () => (await (await fetch(`${app.url}/projections`, { headers })).json()) as Rebuilding;
  const generationBefore = (await status()).projections.find((p) => p.name === 'tracker')?.generation ?? 0;
  const probing = probeEvery20Ms(app.url);
  const started = performance.now();
  await fetch(`${app.url}/projections/rebuild`, { method: 'POST', headers, body: JSON.stringify({ projections: ['tracker'] }) });
  let tracker: Rebuilding['projections'][number] | undefined;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await status();
    tracker = now.projections.find((p) => p.name === 'tracker');
    if (now.rebuilding.length === 0 && (tracker?.generation ?? 0) > generationBefore) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { latencies: await probing.stop(), seconds, events: Number(tracker?.eventsApplied ?? 0) };
}

/**
 * The app as shipped (dist/main.js, built first if its sources changed, as `npm start` does) started on a copy of the
 * store with no read models, timed from its process's spawn to the first answer of `/health/live` (the app listens
 * only once every read model has caught up), then `GET /health` must say up; the bound is the same app started on an
 * empty store just before and just after (its own start-up: loading its code, migrating, listening). Then, on the same app, a rebuild of the tracker while `/health/live` is probed.
 */
export const coldStartScenario: Scenario = {
  name: 'cold start, health during a rebuild',
  async run({ quick, dataDir, seed, log }: BenchOptions): Promise<Measurement[]> {
    const size = Number(process.env.BENCH_COLD_START_SIZE ?? (quick ? 100_000 : 1_000_000));
    buildApp();
    // BENCH_COLD_START_EARLIER: a checkout of an earlier commit, timed alternately with this one on the same store.
    const earlier = process.env.BENCH_COLD_START_EARLIER;
    if (earlier) buildApp(earlier);
    const set = await cachedDataSet(dataDir, size, seed, log);
    const label = `${set.history.events} ev`;
    const emptyBefore = await emptyStart();
    const earlierMs = earlier ? [await coldStart(set.file, earlier)] : [];
    const { app, ms: coldStartMs } = await startTimed(set.file);
    let during: Awaited<ReturnType<typeof healthDuringRebuild>>;
    let idle: number[];
    try {
      const health = await fetch(`${app.url}/health`);
      if (!health.ok) throw new Error(`GET /health answered ${health.status} once the app listened`);
      log(`  cold start ${label}: ${Math.round(coldStartMs)} ms`);
      idle = await healthIdle(app, 5);
      during = await healthDuringRebuild(app);
      idle = idle.concat(await healthIdle(app, 5)).sort((a, b) => a - b);
      log(`  rebuild in the app ${label}: ${during.seconds.toFixed(1)} s, ${during.latencies.length} probes`);
    } finally {
      await app.stop();
    }
    const againMs: number[] = [];
    if (earlier) {
      earlierMs.push(await coldStart(set.file, earlier));
      againMs.push(await coldStart(set.file));
      log(
        `  cold start ${label}, alternated: earlier ${earlierMs.map(Math.round).join(', ')} ms, this ${[coldStartMs, ...againMs].map(Math.round).join(', ')} ms`,
      );
    }
    const emptyAfter = await emptyStart();
    const sorted = during.latencies;
    const alternated: Measurement[] = earlier
      ? [
          {
            scenario: 'cold start, alternated with the earlier commit (mean of 2 each)',
            size: label,
            figure: (coldStartMs + againMs[0]) / 2,
            unit: 'ms',
            bound: (earlierMs[0] + earlierMs[1]) / 2,
            boundLabel: `earlier: ${earlier}`,
            details: { earlier: earlierMs.map(Math.round).join(' / '), this: [coldStartMs, ...againMs].map(Math.round).join(' / ') },
          },
        ]
      : [];
    return [
      ...alternated,
      {
        scenario: 'cold start: spawn to ready, no read models',
        size: label,
        figure: coldStartMs,
        unit: 'ms',
        bound: (emptyBefore + emptyAfter) / 2,
        boundLabel: 'same app, empty store',
        details: { 'empty store, before': Math.round(emptyBefore), 'empty store, after': Math.round(emptyAfter) },
        headline: 'coldStartMs',
      },
      {
        scenario: 'rebuild of the tracker in the running app',
        size: label,
        figure: during.events / during.seconds,
        unit: 'events/s',
        details: { seconds: Math.round(during.seconds * 10) / 10 },
      },
      {
        scenario: '/health/live during that rebuild (every 20 ms, open-loop), p99',
        size: label,
        figure: percentile(sorted, 99),
        unit: 'ms',
        bound: percentile(idle, 99),
        boundLabel: 'p99 idle, 5 s before and after',
        details: { p50: percentile(sorted, 50), max: sorted[sorted.length - 1], probes: sorted.length, 'idle max': idle[idle.length - 1] },
      },
    ];
  },
};
