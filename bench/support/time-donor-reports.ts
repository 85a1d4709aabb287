// A (another tree's full load, e.g. /work/main) against B (this tree) alternated in one process: the donor report's
// load, and load + build + JSON.stringify, wall and CPU, median of n:
// `node --expose-gc -r ./test/support/ts-register.js bench/support/time-donor-reports.ts <A tree> <tracker.sqlite> <donorId> [n]`.
import Database from 'better-sqlite3';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

function pipelineOf(tree: string, narrow: boolean) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- another tree's code (A), loaded by its path
  const src = (path: string) => require(join(tree, 'src', path));
  const { loadReportSource } = src('reports/source/load-report-source');
  const { buildDonorAccountabilityReport } = src('reports/donor-accountability/build-donor-accountability-report');
  const { parseReportingPeriod } = src('reporting-framework/period/reporting-period');
  const period = parseReportingPeriod('FY2024', 10);
  const label = `${period.from}..${period.to}`;
  const load = (db: Database.Database, donorId: string) =>
    narrow ? loadReportSource(db, { donorId }, undefined, undefined, label) : loadReportSource(db, { donorId });
  const request = (donorId: string) => ({ donorId, period, template: 'inl', asOf: '2026-01-01T00:00:00.000Z', language: 'en', awardNumber: null });
  return {
    load,
    json: (db: Database.Database, donorId: string) => JSON.stringify(buildDonorAccountabilityReport(load(db, donorId), request(donorId))).length,
  };
}

function measured(work: () => unknown): { wall: number; cpu: number } {
  global.gc?.();
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - started) / 1e6, cpu: (used.user + used.system) / 1000 };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

function main(): void {
  const [aTree, file, donorId, n = '5'] = process.argv.slice(2);
  const db = new Database(file, { readonly: true });
  const trees = { A: pipelineOf(resolve(aTree), false), B: pipelineOf(resolve(__dirname, '..', '..'), true) };
  for (const kind of ['load', 'json'] as const) {
    const samples: Record<'A' | 'B', { wall: number; cpu: number }[]> = { A: [], B: [] };
    trees.A[kind](db, donorId);
    trees.B[kind](db, donorId);
    for (let i = 0; i < Number(n); i++) for (const tree of ['A', 'B'] as const) samples[tree].push(measured(() => trees[tree][kind](db, donorId)));
    const row = (tree: 'A' | 'B') =>
      `${tree} wall ${Math.round(median(samples[tree].map((s) => s.wall)))} ms, CPU ${Math.round(median(samples[tree].map((s) => s.cpu)))} ms`;
    console.log(
      `${kind}: ${row('A')}; ${row('B')}; load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  }
}

main();
