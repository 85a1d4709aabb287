import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { donorPortfolio } from '../../src/projections/read-models/tracker/donor-portfolio.query';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';
import { buildDonorAccountabilityReport } from '../../src/reports/donor-accountability/build-donor-accountability-report';
import { labelsFor } from '../../src/reports/labels/labels-for';
import { parseReportingPeriod } from '../../src/reports/period/reporting-period';
import { presentDonorAccountabilityReport } from '../../src/reports/presentation/present-donor-accountability-report';
import { renderCsv } from '../../src/reports/rendering/render-csv';
import { loadReportSource } from '../../src/reports/source/load-report-source';
import { cachedDataSet } from '../data-set/cached-data-set';
import { BenchOptions, Measurement, Scenario, elapsedSeconds } from '../measurement';

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

function peakMemorySampler(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

const timed = <T>(work: () => T): [T, number] => {
  const started = process.hrtime.bigint();
  const value = work();
  return [value, elapsedSeconds(started) * 1000];
};

export const readSideScenario: Scenario = {
  name: 'projection rebuild, donor report, as-of query',
  async run({ quick, dataDir, seed, log }: BenchOptions): Promise<Measurement[]> {
    const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
    const results: Measurement[] = [];
    for (const size of sizes) {
      const set = await cachedDataSet(dataDir, size, seed, log);
      const label = `${set.history.events} ev`;
      const rawRate = rawLogRead(set.file);
      const readModels = join(set.dir, 'read-models');
      rmSync(readModels, { recursive: true, force: true });
      const store = new SqliteEventStore({ file: set.file });
      const engine = new ProjectionEngine(store, new ProjectionManifest(readModels), [trackerProjection]);
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      const memory = peakMemorySampler();
      const started = process.hrtime.bigint();
      await engine.start();
      await engine.waitUntilCaughtUp();
      const seconds = elapsedSeconds(started);
      const peak = memory.stop();
      results.push({
        scenario: 'projection rebuild from the start (tracker)',
        size: label,
        figure: set.history.events / seconds,
        unit: 'events/s',
        bound: rawRate,
        boundLabel: 'raw log read',
        details: { 'peak RSS MB': Math.round(peak / 1e6), 'RSS growth MB': Math.round((peak - baseline) / 1e6) },
      });
      log(`  rebuild ${label}: ${Math.round(set.history.events / seconds)} events/s`);
      results.push(...reportMeasurements(engine.reader('tracker'), set.history.donorIds[0], label));
      await engine.stop();
      await store.close();
    }
    return results;
  },
};

function reportMeasurements(db: Database.Database, donorId: string, label: string): Measurement[] {
  const period = parseReportingPeriod('FY2024', 10);
  const request = { donorId, period, template: 'inl' as const, asOf: '2026-01-01T00:00:00.000Z', language: 'en', awardNumber: null };
  const [report, jsonMs] = timed(() => {
    const built = buildDonorAccountabilityReport(loadReportSource(db, { donorId }), request);
    JSON.stringify(built);
    return built;
  });
  const [, csvMs] = timed(() => renderCsv(presentDonorAccountabilityReport(buildDonorAccountabilityReport(loadReportSource(db, { donorId }), request), labelsFor('en'))));
  const [, asOfMs] = timed(() => donorPortfolio(db, donorId, '2024-06-30'));
  const portfolio = { recommendations: report.summary.recommendations, transitions: report.transitions.length };
  return [
    { scenario: 'donor report (INL, FY2024), JSON', size: label, figure: jsonMs, unit: 'ms', details: portfolio },
    { scenario: 'donor report (INL, FY2024), CSV rendered', size: label, figure: csvMs, unit: 'ms' },
    { scenario: 'as-of query: donor portfolio at 2024-06-30', size: label, figure: asOfMs, unit: 'ms' },
  ];
}
