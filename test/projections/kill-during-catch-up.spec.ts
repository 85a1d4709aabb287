import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { countsIn, eventCounter } from './event-counter.projection';

const STREAMS = 10;
const PER_STREAM = 20_000;

function appliedSoFar(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db.prepare('SELECT events_applied FROM projection_state').get() as { events_applied: number } | undefined;
      return row?.events_applied ?? 0;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

async function killWhenHalfway(directory: string, readModel: string, total: number): Promise<number> {
  const child = spawn(process.execPath, ['-r', join(__dirname, '../support/ts-register.js'), join(__dirname, 'catch-up-child.ts'), directory], {
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let applied = 0;
  while (applied === 0 || applied >= total) {
    await new Promise((r) => setTimeout(r, 5));
    applied = appliedSoFar(readModel);
    if (applied >= total) break;
  }
  child.kill('SIGKILL');
  await exited;
  return appliedSoFar(readModel);
}

describe('a projection killed during catch-up', () => {
  let directory: string;
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('resumes from its checkpoint: no event applied twice or missed', async () => {
    directory = mkdtempSync(join(tmpdir(), 'ft-kill-projection-'));
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
    for (let s = 0; s < STREAMS; s++) {
      const events = Array.from({ length: PER_STREAM }, (_, i) => ({ id: randomUUID(), type: 'Counted', data: { n: i + 1 } }));
      await store.appendToStream(`counted-${s}`, events, 'no_stream');
    }
    const total = STREAMS * PER_STREAM;
    const manifest = new ProjectionManifest(join(directory, 'read-models'));
    const appliedBeforeKill = await killWhenHalfway(directory, join(directory, 'read-models', 'event-counter.g1.sqlite'), total);
    expect(appliedBeforeKill).toBeGreaterThan(0);
    expect(appliedBeforeKill).toBeLessThan(total);

    const engine = new ProjectionEngine(store, new ProjectionManifest(manifest.directory), [eventCounter]);
    await engine.start();
    await engine.waitUntilCaughtUp();
    const counts = countsIn(engine.reader('event-counter'));
    await engine.stop();
    await store.close();
    const expected = { events: PER_STREAM, total: (PER_STREAM * (PER_STREAM + 1)) / 2 };
    for (let s = 0; s < STREAMS; s++) expect(counts[`counted-${s}`]).toEqual(expected);
  });
});
