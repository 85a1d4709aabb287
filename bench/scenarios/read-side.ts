import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { donorPortfolio } from '../../src/projections/read-models/tracker/donor-portfolio.query';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';
import { buildDonorAccountabilityReport } from '../../src/reports/donor-accountability/build-donor-accountability-report';
import { labelsFor } from '../../src/reports/labels/labels-for';
import { parseReportingPeriod } from '../../src/reporting-framework/period/reporting-period';
import { presentDonorAccountabilityReport } from '../../src/reports/presentation/present-donor-accountability-report';
import { renderCsv } from '../../src/reports/rendering/render-csv';
import { ReportPool } from '../../src/reports/production/report-pool';
import { ReportJob } from '../../src/reports/production/report-job';
import { loadReportSource } from '../../src/reports/source/load-report-source';
import { cachedDataSet } from '../data-set/cached-data-set';
import { BenchOptions, Measurement, Scenario, elapsedSeconds, sampled } from '../measurement';

/** Reading the log straight from SQLite and parsing each event: what any consumer must at least do. */
function rawLogRead(file: string): number {
  const db = new Database(file, { readonly: true });
  const started = process.hrtime.bigint();
  let n = 0;
  for (const row of db.prepare('SELECT position, stream_id, type, data, metadata FROM events ORDER BY position').raw(true).iterate() as Iterable<unknown[]>) {
    JSON.parse(row[3] as string);
    JSON.parse(row[4] as string);
    n++;
  }
  const seconds = elapsedSeconds(started);
  db.close();
  return n / seconds;
}

const root = join(__dirname, '..', '..');

/** The rebuild in a fresh process (see rebuild-child.ts), so its memory is measured alone. */
function rebuildInFreshProcess(
  file: string,
  readModels: string,
): { events: number; seconds: number; cpuSeconds: number; baselineRss: number; peakRss: number } {
  const output = execFileSync(process.execPath, ['--expose-gc', '-r', './test/support/ts-register.js', 'bench/support/rebuild-child.ts', file, readModels], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'error' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split('\n').pop() as string);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const readSideScenario: Scenario = {
  name: 'projection rebuild, donor report, as-of query',
  async run({ quick, dataDir, seed, log }: BenchOptions): Promise<Measurement[]> {
    const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
    const results: Measurement[] = [];
    for (const size of sizes) {
      const set = await cachedDataSet(dataDir, size, seed, log);
      const label = `${set.history.events} ev`;
      // Not in the data set's folder: that one is shared and only read.
      const readModels = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'bench-read-models-'));
      // The raw bound before and after each rebuild, so that both see the machine as it was then.
      const rawRates = [rawLogRead(set.file)];
      const rebuilds: number[] = [];
      const cpuPerEvent: number[] = [];
      let memory = { baselineRss: 0, peakRss: 0 };
      for (let i = 0; i < (quick ? 1 : size >= 1_000_000 ? 2 : 3); i++) {
        rmSync(readModels, { recursive: true, force: true });
        const rebuild = rebuildInFreshProcess(set.file, readModels);
        rebuilds.push(rebuild.events / rebuild.seconds);
        cpuPerEvent.push((rebuild.cpuSeconds / rebuild.events) * 1e6);
        memory = rebuild;
        rawRates.push(rawLogRead(set.file));
      }
      const rate = median(rebuilds);
      results.push({
        scenario: 'projection rebuild from the start (tracker), fresh process',
        size: label,
        figure: rate,
        unit: 'events/s',
        bound: median(rawRates),
        boundLabel: 'raw log read',
        details: {
          'peak RSS MB': Math.round(memory.peakRss / 1e6),
          'RSS growth MB': Math.round((memory.peakRss - memory.baselineRss) / 1e6),
          'CPU µs/event': Math.round(median(cpuPerEvent) * 10) / 10,
          'min events/s': Math.round(Math.min(...rebuilds)),
          'max events/s': Math.round(Math.max(...rebuilds)),
          runs: rebuilds.length,
        },
        headline: 'rebuildEventsPerSecond',
      });
      log(`  rebuild ${label}: ${Math.round(rate)} events/s`);
      const store = new SqliteEventStore({ file: set.file });
      const engine = new ProjectionEngine(store, new ProjectionManifest(readModels), [trackerProjection]);
      await engine.start();
      await engine.waitUntilCaughtUp();
      results.push(...reportMeasurements(engine.reader('tracker'), set.history.donorIds[0], label, quick ? 3 : 5));
      // The PDF of 1M events takes minutes: one sample there.
      results.push(await pdfMeasurement(engine.reader('tracker'), set.history.donorIds[0], label, size >= 1_000_000 ? 1 : 3));
      await engine.stop();
      await store.close();
      rmSync(readModels, { recursive: true, force: true });
    }
    return results;
  },
};

function reportMeasurements(db: Database.Database, donorId: string, label: string, samples: number): Measurement[] {
  const period = parseReportingPeriod('FY2024', 10);
  const request = { donorId, period, template: 'inl' as const, asOf: '2026-01-01T00:00:00.000Z', language: 'en', awardNumber: null };
  // The loader reads only the history of the period it is given (as a range: read as written, whatever the donor's fiscal year).
  const window = `${period.from}..${period.to}`;
  const ms = (work: () => unknown) => () => {
    const started = process.hrtime.bigint();
    work();
    return elapsedSeconds(started) * 1000;
  };
  const report = buildDonorAccountabilityReport(loadReportSource(db, { donorId }, undefined, undefined, window), request);
  const json = sampled(
    samples,
    ms(() => JSON.stringify(buildDonorAccountabilityReport(loadReportSource(db, { donorId }, undefined, undefined, window), request))),
  );
  const csv = sampled(
    samples,
    ms(() =>
      renderCsv(
        presentDonorAccountabilityReport(
          buildDonorAccountabilityReport(loadReportSource(db, { donorId }, undefined, undefined, window), request),
          labelsFor('en'),
        ),
      ),
    ),
  );
  const asOf = sampled(
    samples,
    ms(() => donorPortfolio(db, donorId, '2024-06-30')),
  );
  const spread = (s: { min: number; max: number }) => ({ min_ms: s.min, max_ms: s.max, samples, 'load (1 min)': loadavg()[0] });
  const portfolio = { recommendations: report.summary.recommendations, transitions: report.transitions.length };
  return [
    {
      scenario: 'donor report (INL, FY2024), JSON, median',
      size: label,
      figure: json.median,
      unit: 'ms',
      details: { ...portfolio, ...spread(json) },
      headline: 'donorReportMs',
    },
    { scenario: 'donor report (INL, FY2024), CSV rendered, median', size: label, figure: csv.median, unit: 'ms', details: spread(csv) },
    { scenario: 'as-of query: donor portfolio at 2024-06-30, median', size: label, figure: asOf.median, unit: 'ms', details: spread(asOf), headline: 'asOfMs' },
  ];
}

/**
 * The PDF donor report as the app produces it: a job in the report worker pool (load, build, lay out, render in a
 * worker thread, bytes handed back), one worker, after one report that starts the worker. The donor's profile gives
 * the template (none recorded: the standard one).
 */
async function pdfMeasurement(db: Database.Database, donorId: string, label: string, samples: number): Promise<Measurement> {
  const pool = new ReportPool({ workers: 1, queueLimit: 4, timeoutMs: 600_000 });
  const job: ReportJob = {
    kind: 'donor-accountability',
    scope: { donorId },
    options: { donorId, period: 'FY2024', asOf: '2026-01-01', lang: 'en' },
    format: 'pdf',
    renderedAt: '2026-01-01T00:00:00.000Z',
  };
  const produce = async (period = 'FY2024') => {
    const started = process.hrtime.bigint();
    const produced = await pool.produce({ ...job, options: { ...job.options, period } }, db.name);
    return { ms: elapsedSeconds(started) * 1000, bytes: produced.output.body.length };
  };
  try {
    // A report of one day starts the worker (and loads its code) without the cost of the whole year.
    const warm = await produce('2022-01-01..2022-01-01');
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < samples; i++) {
      const started = process.hrtime.bigint();
      const produced = await produce().catch((error: Error) => ({ failed: error.message, ms: elapsedSeconds(started) * 1000 }));
      if ('failed' in produced) return failedPdf(label, produced.failed, produced.ms);
      times.push(produced.ms);
      bytes = produced.bytes;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      scenario: 'donor report (profile template, FY2024), PDF in the report worker pool, median',
      size: label,
      figure: sorted[Math.floor(sorted.length / 2)],
      unit: 'ms',
      details: {
        min_ms: sorted[0],
        max_ms: sorted[sorted.length - 1],
        samples,
        'load (1 min)': loadavg()[0],
        'one day, starting the worker, ms': Math.round(warm.ms),
        'PDF KB': Math.round(bytes / 1024),
      },
    };
  } finally {
    await pool.onModuleDestroy();
  }
}

/** A PDF that could not be produced (at 1M the worker once ran out of heap): the time until it failed, and why. */
function failedPdf(label: string, failure: string, ms: number): Measurement {
  return {
    scenario: 'donor report (profile template, FY2024), PDF in the report worker pool: FAILED',
    size: label,
    figure: ms,
    unit: 'ms until it failed',
    details: { failure: failure.slice(0, 160), 'load (1 min)': loadavg()[0] },
  };
}
