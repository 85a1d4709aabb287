import Database from 'better-sqlite3';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { cachedDataSet } from '../data-set/cached-data-set';
import { BenchOptions, Measurement, Scenario } from '../measurement';
import { AppProcess, percentile, signInToBench, startAppProcess } from '../support/app-process';

interface Variant {
  label: string;
  env: Record<string, string>;
  app?: AppProcess;
  token?: string;
}

interface Round {
  /** Latency of each probe (ms): GET /health/live and GET /auth/me, sent at a fixed pace whatever the answers. */
  probes: number[];
  reportMs: number[];
  failedReports: number;
  /** This bench process's own event-loop delay p99 meanwhile (ms): how starved any process on the machine was. */
  ownDelayP99: number;
}

const PROBE_EVERY_MS = 20;
const REPORTS_AT_ONCE = 4;

function headOf(file: string): string {
  const db = new Database(file, { readonly: true });
  const { head } = db.prepare('SELECT max(position) AS head FROM events').get() as { head: number };
  db.close();
  return `${head}/${head}`;
}

const reportPath = (donorId: string, format: string, position?: string) =>
  `/reports/donor-accountability?donorId=${donorId}&period=FY2024&asOf=2026-01-01&format=${format}${position ? `&position=${position}` : ''}`;

/** Until the app's read model has the whole store (a report at the head's position answers 200). */
async function caughtUp(variant: Variant, donorId: string, head: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const response = await fetch(`${variant.app?.url}${reportPath(donorId, 'json', head)}`, { headers: { authorization: `Bearer ${variant.token}` } });
    await response.arrayBuffer();
    if (response.ok) return;
    if (response.status !== 503) throw new Error(`the report answered ${response.status}`);
  }
  throw new Error('the read model did not catch up');
}

/**
 * Probes sent open-loop (one every 20 ms, not waiting for the previous answer), so that a blocked event loop
 * shows in every probe that arrives while it is blocked, not only in one.
 */
async function roundOf(variant: Variant, donorId: string): Promise<Round> {
  const url = variant.app?.url as string;
  const headers = { authorization: `Bearer ${variant.token}` };
  const probes: Promise<number>[] = [];
  const ownDelay = monitorEventLoopDelay({ resolution: 1 });
  ownDelay.enable();
  let running = true;
  let n = 0;
  const timer = setInterval(() => {
    if (!running) return;
    const started = performance.now();
    const path = n++ % 2 === 0 ? '/health/live' : '/auth/me';
    probes.push(
      fetch(`${url}${path}`, { headers }).then(
        async (r) => (await r.arrayBuffer(), performance.now() - started),
        () => Infinity,
      ),
    );
  }, PROBE_EVERY_MS);
  let failedReports = 0;
  const failures: string[] = [];
  const reports = Array.from({ length: REPORTS_AT_ONCE }, async () => {
    const started = performance.now();
    const response = await fetch(`${url}${reportPath(donorId, 'pdf')}`, { headers });
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok || body.subarray(0, 5).toString() !== '%PDF-') {
      failedReports++;
      failures.push(`${response.status} ${body.subarray(0, 200).toString()}`);
    }
    return performance.now() - started;
  });
  const reportMs = await Promise.all(reports);
  running = false;
  clearInterval(timer);
  for (const failure of new Set(failures)) process.stderr.write(`  a report failed: ${failure}\n`);
  ownDelay.disable();
  return { probes: await Promise.all(probes), reportMs, failedReports, ownDelayP99: ownDelay.percentile(99) / 1e6 };
}

const median = (values: number[]) => percentile(values, 50);

/**
 * Issue 20: no request waits behind a report. The app on a 100k-event store (10k with --quick), 4 PDF donor reports at once,
 * and small requests probing it meanwhile; with reports produced on the main thread (REPORT_WORKERS=0, as
 * before) and in the worker pool (the default), in alternating rounds of one run.
 */
export const reportsUnderLoadScenario: Scenario = {
  name: 'reports under load',
  async run({ quick, dataDir, seed, log }: BenchOptions): Promise<Measurement[]> {
    const set = await cachedDataSet(dataDir, quick ? 10_000 : 100_000, seed, log);
    const donorId = set.history.donorIds[0];
    const head = headOf(set.file);
    const variants: Variant[] = [
      { label: 'reports on the main thread (REPORT_WORKERS=0)', env: { REPORT_WORKERS: '0' } },
      { label: 'reports in the worker pool (default)', env: {} },
    ];
    const rounds = new Map<Variant, Round[]>(variants.map((v) => [v, []]));
    try {
      for (const variant of variants) {
        variant.app = await startAppProcess({ env: variant.env, seedStore: set.file });
        variant.token = await signInToBench(variant.app.url);
        const started = performance.now();
        await caughtUp(variant, donorId, head);
        // Warm-up: the worker started and the renderers' code compiled, in both variants alike.
        await fetch(`${variant.app.url}${reportPath(donorId, 'csv')}`, { headers: { authorization: `Bearer ${variant.token}` } }).then((r) => r.arrayBuffer());
        log(`  ${variant.label}: read model caught up, and a JSON report made, in ${Math.round(performance.now() - started)} ms`);
      }
      const count = quick ? 1 : Number(process.env.BENCH_REPORT_ROUNDS ?? 2);
      for (let round = 0; round < count; round++) {
        for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
          const result = await roundOf(variant, donorId);
          rounds.get(variant)?.push(result);
          log(
            `  round ${round + 1}, ${variant.label}: probes p99 ${percentile(result.probes, 99).toFixed(0)} ms, max ${Math.max(...result.probes).toFixed(0)} ms; ` +
              `reports ${Math.round(median(result.reportMs))} ms median, ${result.failedReports} failed; the bench's own loop delay p99 ${result.ownDelayP99.toFixed(0)} ms`,
          );
        }
      }
    } finally {
      for (const variant of variants) await variant.app?.stop();
    }
    return variants.flatMap((variant): Measurement[] => {
      const own = rounds.get(variant) ?? [];
      const p99s = own.map((r) => percentile(r.probes, 99));
      const reportMs = own.flatMap((r) => r.reportMs);
      const inPool = variant.env.REPORT_WORKERS === undefined;
      return [
        {
          scenario: `GET /health/live and /auth/me, p99, during ${REPORTS_AT_ONCE} PDF donor reports: ${variant.label}`,
          size: `${set.history.events} ev`,
          figure: median(p99s),
          unit: 'ms',
          details: {
            'p99 min': Math.min(...p99s),
            'p99 max': Math.max(...p99s),
            'p50 ms': median(own.map((r) => percentile(r.probes, 50))),
            'max ms': Math.max(...own.flatMap((r) => r.probes)),
            probes: own.reduce((n, r) => n + r.probes.length, 0),
            "bench's own loop delay p99 ms": median(own.map((r) => r.ownDelayP99)),
            rounds: own.length,
          },
          ...(inPool ? { headline: 'healthP99MsDuringReports' as const } : {}),
        },
        {
          scenario: `  each of the ${REPORTS_AT_ONCE} PDF reports, start to answer: ${variant.label}`,
          size: `${set.history.events} ev`,
          figure: median(reportMs),
          unit: 'ms',
          details: { min: Math.min(...reportMs), max: Math.max(...reportMs), failed: own.reduce((n, r) => n + r.failedReports, 0) },
        },
      ];
    });
  },
};
