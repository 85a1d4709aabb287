import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Workbook } from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { AppModule } from '../../src/app.module';
import { loadAppConfig } from '../../src/config/app-config';
import { writeCsv } from '../../src/imports/csv';
import { Imports, type ImportFile } from '../../src/imports/imports';
import { COLUMNS } from '../../src/imports/template-columns';
import type { Principal } from '../../src/kernel/principal';
import { RegisterOrganisation } from '../../src/organisations/commands/register-organisation';
import { BenchOptions, Measurement, Scenario } from '../measurement';

const COORDINATOR: Principal = { accountId: 'bench', organisationId: null, role: 'coordinator' };
const ORGANISATIONS = Array.from({ length: 20 }, (_, i) => `Bench organisation ${i}`);

/** `count` rows: 100 recommendations per forum, every second one assigned. */
function rows(count: number): string[][] {
  const header = COLUMNS.map((c) => c.en);
  const body = Array.from({ length: count }, (_, i) => {
    const forum = Math.floor(i / 100);
    const cells: Record<string, string> = {
      reference: `bench-${i}`,
      forumTitle: `Bench forum ${forum}`,
      forumKind: 'conference',
      forumStartDate: '2024-05-15',
      forumCountry: 'TJ',
      forumOrganisers: 'USANT',
      text: `Recommendation ${i}: train the district's services on referrals, with a yearly review`,
      themes: 'services; prevention',
      targetRegions: 'Khatlon',
      priority: ['low', 'medium', 'high'][i % 3],
      responsible: i % 2 === 0 ? ORGANISATIONS[i % ORGANISATIONS.length] : '',
      dueDate: i % 2 === 0 ? '2025-06-30' : '',
    };
    return COLUMNS.map((c) => cells[c.key] ?? '');
  });
  return [header, ...body];
}

async function xlsxOf(table: string[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Import');
  for (const row of table) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Milliseconds of `work`, and the longest the event loop waited meanwhile (what another request would have waited). */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; blockedMs: number; result: T }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = process.hrtime.bigint();
  const result = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  delay.disable();
  return { ms, blockedMs: delay.max / 1e6, result };
}

/** A spreadsheet import of 10,000 rows (100 forums): preview of the XLSX and the CSV, commit, and the re-import's preview. */
export const importsScenario: Scenario = {
  name: 'imports',
  async run({ quick, dataDir, log }: BenchOptions): Promise<Measurement[]> {
    const count = quick ? 2_000 : 10_000;
    const directory = mkdtempSync(join(dataDir, 'imports-'));
    const app = await NestFactory.createApplicationContext(AppModule.with(loadAppConfig({ DATA_DIR: directory, LOG_LEVEL: 'error' })), { logger: ['error'] });
    try {
      const commands = app.get(CommandBus);
      for (const name of ORGANISATIONS) {
        const context = { actor: COORDINATOR, commandId: `bench:${name}`, correlationId: 'bench', causationId: 'bench', idempotent: true };
        await commands.execute(new RegisterOrganisation({ name, kind: 'ngo', country: 'TJ' }, context));
      }
      const imports = app.get(Imports);
      const table = rows(count);
      const xlsx: ImportFile = { bytes: await xlsxOf(table), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
      const csv: ImportFile = { bytes: Buffer.from(writeCsv(table, ';')), contentType: 'text/csv' };
      // The organisations' read model must have caught up before the rows are checked against it.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      log(`imports: ${count} rows, XLSX ${(xlsx.bytes.length / 1024).toFixed(0)} KB, CSV ${(csv.bytes.length / 1024).toFixed(0)} KB`);
      // A first preview warms up what any first request would (the read model's statements, class-validator's metadata).
      await imports.preview({ bytes: Buffer.from(writeCsv(table.slice(0, 2))), contentType: 'text/csv' }, COORDINATOR);
      const previewXlsx = await timed(() => imports.preview(xlsx, COORDINATOR));
      if (!previewXlsx.result.preview.valid) throw new Error(`bench rows not valid: ${JSON.stringify(previewXlsx.result.preview.rows[0].problems)}`);
      const previewCsv = await timed(() => imports.preview(csv, COORDINATOR));
      const commit = await timed(() => imports.commit(csv, COORDINATOR));
      const again = await timed(() => imports.preview(csv, COORDINATOR));
      const size = `${count} rows`;
      const commandsSent = commit.result.forums.created + commit.result.recommendations.created + commit.result.assignments.created;
      return [
        { scenario: 'import preview, XLSX', size, figure: previewXlsx.ms, unit: 'ms', details: { 'longest event-loop wait ms': previewXlsx.blockedMs } },
        { scenario: 'import preview, CSV', size, figure: previewCsv.ms, unit: 'ms', details: { 'longest event-loop wait ms': previewCsv.blockedMs } },
        {
          scenario: 'import commit (checks again, then sends every command)',
          size,
          figure: commit.ms,
          unit: 'ms',
          details: { commands: commandsSent, 'µs per command': (commit.ms * 1000) / commandsSent, 'longest event-loop wait ms': commit.blockedMs },
        },
        {
          scenario: 'import preview of the same file again (all recorded)',
          size,
          figure: again.ms,
          unit: 'ms',
          details: { 'longest event-loop wait ms': again.blockedMs },
        },
      ];
    } finally {
      await app.close();
      rmSync(directory, { recursive: true, force: true });
    }
  },
};
