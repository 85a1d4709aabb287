// `npm run report -- --donor INL --period 2025-Q1 --format pdf --out report.pdf` (see USAGE).
// Reads the tracker read model as it is (safe while the app runs); --catch-up first brings it up to
// the event store, which needs the app stopped, as the rebuild does.
import 'reflect-metadata';
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesDirectory, loadAppConfig } from '../../config/app-config';
import { createEventStore } from '../../event-store/event-store.module';
import { positionToString } from '../../event-store/event-store.port';
import { ProjectionEngine } from '../../projections/projection-engine';
import { ProjectionManifest } from '../../projections/projection-manifest';
import { READ_MODELS } from '../../projections/read-models';
import { trackerProjection } from '../../projections/read-models/tracker/tracker.projection';
import { LogoFiles } from '../files/logo-store';
import { reportOutput } from '../report-output';
import { ArgumentError, USAGE, parseReportArguments } from './report-arguments';
import { generateFromCommandLine } from './generate-from-command-line';

async function catchUp(): Promise<void> {
  const config = loadAppConfig();
  const store = createEventStore(config);
  const engine = new ProjectionEngine(store, new ProjectionManifest(join(config.DATA_DIR, 'read-models')), READ_MODELS);
  process.stderr.write('catching the read models up with the event store...\n');
  await engine.start();
  await engine.waitUntilCaughtUp();
  await engine.stop();
  await store.close();
}

async function storeHead(): Promise<string | null> {
  const store = createEventStore(loadAppConfig());
  const [last] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  await store.close();
  return last ? positionToString(last.position) : null;
}

function openTrackerReadModel(): Database.Database {
  const manifest = new ProjectionManifest(join(loadAppConfig().DATA_DIR, 'read-models'));
  const entry = manifest.get('tracker');
  if (!entry) throw new Error('there is no tracker read model yet: start the app once, or pass --catch-up');
  if (entry.version !== trackerProjection.version) {
    throw new Error('the tracker read model was built by an older version: start the app once (it rebuilds it), or pass --catch-up');
  }
  return new Database(manifest.fileOf('tracker', entry.generation), { readonly: true, fileMustExist: true });
}

function drawLoading(loaded: number, total: number): void {
  const share = total === 0 ? 1 : loaded / total;
  const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '-');
  const line = `reading history [${bar}] ${String(Math.round(share * 100)).padStart(3)}% ${loaded}/${total} recommendations`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}${loaded === total ? '\n' : ''}` : loaded === total ? `${line}\n` : '');
}

async function main(): Promise<void> {
  const args = parseReportArguments(process.argv.slice(2));
  const started = Date.now();
  if (args.catchUp) await catchUp();
  const db = openTrackerReadModel();
  const report = generateFromCommandLine(db, args, drawLoading, LogoFiles.in(filesDirectory(loadAppConfig())));
  db.close();
  const head = await storeHead();
  const position = (report.data as { parameters: { position: string | null } }).parameters.position;
  if (!args.position && head && head !== position) {
    process.stderr.write(
      `note: the read model is at ${position}, the event store at ${head}; events of other streams, or --catch-up, explain the difference\n`,
    );
  }
  process.stderr.write(`rendering ${args.format}...\n`);
  const output = await reportOutput(report, args.format);
  if (args.out) writeFileSync(args.out, output.body);
  else process.stdout.write(output.body);
  process.stderr.write(`${args.out ?? 'stdout'}: ${output.body.length} bytes, data position ${position}, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  if (error instanceof ArgumentError) console.error(USAGE);
  process.exit(error instanceof ArgumentError ? 2 : 1);
});
