// The donor report's PDF as the app produces it (a job in a one-worker pool), A (another tree, e.g. /work/main) against B
// (this tree) alternated, each pool warmed by a one-day report:
// `node -r ./test/support/ts-register.js bench/support/time-donor-pdf.ts <A tree> <tracker.sqlite> <donorId> [n]`.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

async function main(): Promise<void> {
  const [aTree, file, donorId, n = '2'] = process.argv.slice(2);
  const poolOf = (tree: string) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- another tree's code (A), loaded by its path
    const { ReportPool } = require(join(tree, 'src/reports/production/report-pool'));
    return new ReportPool({ workers: 1, queueLimit: 4, timeoutMs: 600_000 });
  };
  const pools = { A: poolOf(resolve(aTree)), B: poolOf(resolve(process.env.B_TREE ?? join(__dirname, '..', '..'))) };
  const job = (period: string) => ({
    kind: 'donor-accountability',
    scope: { donorId },
    options: { donorId, period, asOf: '2026-01-01', lang: 'en' },
    format: 'pdf',
    renderedAt: '2026-01-01T00:00:00.000Z',
  });
  const bytes: Record<string, Buffer> = {};
  for (const tree of ['A', 'B'] as const) await pools[tree].produce(job('2022-01-01..2022-01-01'), file);
  for (let i = 0; i < Number(n); i++) {
    for (const tree of ['A', 'B'] as const) {
      const started = process.hrtime.bigint();
      const produced = await pools[tree].produce(job('FY2024'), file);
      bytes[tree] = produced.output.body;
      console.log(
        `${tree} PDF ${Math.round(Number(process.hrtime.bigint() - started) / 1e6)} ms, ${bytes[tree].length} bytes; load ${loadavg()[0].toFixed(1)}`,
      );
    }
  }
  // pdfkit writes the moment of rendering (CreationDate, the XMP dates) and an ID made from it: the rest must be the same bytes.
  const timeless = (pdf: Buffer) =>
    pdf
      .toString('latin1')
      .replace(/\(D:\d{14}Z\)|<xmp:\w+Date>[^<]*</g, '')
      .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '');
  console.log(`same bytes but the creation date and ID: ${timeless(bytes.A) === timeless(bytes.B)}`);
  for (const pool of Object.values(pools)) await pool.onModuleDestroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
