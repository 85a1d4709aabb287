// The donor report from the narrow load (this tree) against the full load of another tree (A, e.g. /work/main), on a
// built tracker read model: `node -r ./test/support/ts-register.js bench/support/compare-donor-reports.ts <A tree> <tracker.sqlite> <history.json>`.
// Compares the JSON and the CSV of every donor, template INL and EU, three periods and three asOf; exits 1 on a difference.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_PROFILE } from '../../src/reporting-framework/reporting-framework.decider';
import { parseReportingPeriod } from '../../src/reporting-framework/period/reporting-period';

type Pipeline = {
  load: (db: Database.Database, scope: { donorId: string }, period?: string) => { framework: { profile?: typeof DEFAULT_PROFILE } | null };
  build: (source: unknown, request: unknown) => unknown;
  csv: (report: unknown) => string;
};

function pipelineOf(tree: string, narrow: boolean): Pipeline {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- another tree's code (A), loaded by its path
  const src = (path: string) => require(join(tree, 'src', path));
  const { loadReportSource } = src('reports/source/load-report-source');
  const { buildDonorAccountabilityReport } = src('reports/donor-accountability/build-donor-accountability-report');
  const { presentDonorAccountabilityReport } = src('reports/presentation/present-donor-accountability-report');
  const { renderCsv } = src('reports/rendering/render-csv');
  const { labelsFor } = src('reports/labels/labels-for');
  return {
    load: (db, scope, period) => (narrow ? loadReportSource(db, scope, undefined, undefined, period) : loadReportSource(db, scope)),
    build: buildDonorAccountabilityReport,
    csv: (report) => renderCsv(presentDonorAccountabilityReport(report, labelsFor('en'))),
  };
}

const PERIODS = ['FY2024', 'FY2025', '2023-10-01..2024-09-30'];
const AS_OF = ['2026-01-01T00:00:00.000Z', '2024-06-30T23:59:59.999Z', '2023-03-31T12:00:00.000Z'];

function main(): void {
  const [aTree, file, historyFile] = process.argv.slice(2);
  const a = pipelineOf(resolve(aTree), false);
  const b = pipelineOf(resolve(__dirname, '..', '..'), true);
  const db = new Database(file, { readonly: true });
  const donorIds = (JSON.parse(readFileSync(historyFile, 'utf8')) as { donorIds: string[] }).donorIds;
  let compared = 0;
  const differences: string[] = [];
  for (const donorId of donorIds) {
    const full = a.load(db, { donorId });
    for (const label of PERIODS) {
      const narrow = b.load(db, { donorId }, label);
      const period = parseReportingPeriod(label, (full.framework?.profile ?? DEFAULT_PROFILE).fiscalYearStartMonth);
      for (const template of ['inl', 'eu'] as const) {
        for (const asOf of AS_OF) {
          const request = { donorId, period, template, asOf, language: 'en', awardNumber: null };
          const [reportA, reportB] = [a.build(full, request), b.build(narrow, request)];
          const same = JSON.stringify(reportA) === JSON.stringify(reportB) && a.csv(reportA) === b.csv(reportB);
          compared += 1;
          if (!same) differences.push(`${donorId} ${label} ${template} ${asOf}`);
        }
      }
    }
  }
  console.log(`${file}: ${compared} comparisons (JSON and CSV), ${differences.length} different`);
  for (const d of differences) console.log(`  differs: ${d}`);
  process.exit(differences.length ? 1 : 0);
}

main();
