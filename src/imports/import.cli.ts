// `npm run import -- file.xlsx [--dry-run]`: checks a spreadsheet against the configured store, prints the preview, and
// without --dry-run imports it, showing progress. Run it again after an interruption: it goes on where it stopped.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { AppModule } from '../app.module';
import { loadAppConfig } from '../config/app-config';
import type { Principal } from '../kernel/principal';
import type { ImportPreview } from './import-preview';
import { Imports } from './imports';

const COMMAND_LINE: Principal = { accountId: 'import-command-line', organisationId: null, role: 'coordinator' };

function printPreview({ rows, summary }: ImportPreview): void {
  for (const row of rows) {
    const what = `forum ${row.forum.action}, recommendation ${row.recommendation.action}, assignment ${row.assignment.action}`;
    console.log(`row ${row.row} [${row.reference}]: ${row.problems.length > 0 ? 'NOT VALID' : what}`);
    for (const { field, message, suggestions = [] } of row.problems) {
      console.log(`    ${field}: ${message}${suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`);
    }
    for (const correction of row.corrections)
      console.log(`    correction ${correction.field}: ${JSON.stringify(correction.before)} → ${JSON.stringify(correction.after)}`);
    for (const note of row.notes) console.log(`    note: ${note}`);
  }
  console.log(
    `${summary.rows} rows, ${summary.invalidRows} not valid; to create: ${summary.forumsToCreate} forums, ` +
      `${summary.recommendationsToCreate} recommendations, ${summary.assignmentsToCreate} assignments; ${summary.correctionsProposed} corrections proposed`,
  );
}

async function runImport(args: string[]): Promise<void> {
  const path = args.find((arg) => !arg.startsWith('--'));
  if (!path) throw new Error('usage: npm run import -- <file.xlsx|file.csv> [--dry-run]');
  const file = { bytes: readFileSync(path), contentType: path.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/vnd.ms-excel' };
  const app = await NestFactory.createApplicationContext(AppModule.with(loadAppConfig()), { logger: ['error', 'warn'] });
  try {
    const imports = app.get(Imports);
    const { preview } = await imports.preview(file, COMMAND_LINE);
    printPreview(preview);
    if (args.includes('--dry-run')) return;
    if (!preview.valid) throw new Error('nothing was imported: correct the rows above and run it again');
    const answer = await imports.commit(file, COMMAND_LINE, undefined, (done, total) => {
      if (done === total || done % 100 === 0) process.stdout.write(`\rimporting: ${done}/${total} commands`);
    });
    process.stdout.write('\n');
    console.log(
      `created ${answer.forums.created} forums, ${answer.recommendations.created} recommendations, ${answer.assignments.created} assignments; corrected ${answer.corrections.created} recommendations`,
    );
  } finally {
    await app.close();
  }
}

runImport(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
