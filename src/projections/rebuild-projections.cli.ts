// `npm run projections:rebuild [-- name ...]`: rebuilds read models from the start, showing progress.
// Run it while the app is stopped; a running app rebuilds through POST /projections/rebuild instead.
import 'reflect-metadata';
import { join } from 'node:path';
import { loadAppConfig } from '../config/app-config';
import { createEventStore } from '../event-store/event-store.module';
import { ProjectionEngine } from './projection-engine';
import { ProjectionManifest } from './projection-manifest';
import { READ_MODELS } from './read-models';
import { drawRebuildProgress } from './rebuild-progress-bar';

async function rebuildProjections(names: string[]): Promise<void> {
  const config = loadAppConfig();
  const store = createEventStore(config);
  const engine = new ProjectionEngine(store, new ProjectionManifest(join(config.DATA_DIR, 'read-models')), READ_MODELS);
  const unknown = names.filter((name) => !engine.names().includes(name));
  if (unknown.length > 0) throw new Error(`unknown projection ${unknown.join(', ')}; known: ${engine.names().join(', ')}`);
  await engine.start();
  const started = Date.now();
  await engine.rebuild(names.length > 0 ? names : engine.names(), (progress) => drawRebuildProgress(progress));
  await engine.stop();
  await store.close();
  process.stderr.write(`rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

rebuildProjections(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
