import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTrackerHistory } from '../../bench/data-set/tracker-history';
import { AppProcess, buildApp, signInToBench, startAppProcess } from '../../bench/support/app-process';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';

interface Projections {
  rebuilding: { projection: string }[];
  projections: { name: string; generation: number; caughtUp: boolean; lastError: string | null }[];
}

/** The app as shipped (dist/, built if stale): its read models are built at start, and rebuilt, in worker threads. */
describe('the compiled app', () => {
  let directory: string;
  let app: AppProcess | undefined;
  beforeAll(() => (directory = mkdtempSync(join(tmpdir(), 'ft-compiled-rebuild-'))));
  afterAll(async () => {
    await app?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('starts from a log with no read models, answers /health/live all through a rebuild, and answers the same after it', async () => {
    buildApp();
    const seed = join(directory, 'events.sqlite');
    const store = new SqliteEventStore({ file: seed, synchronous: 'NORMAL' });
    await writeTrackerHistory(store, 5000, 20261203);
    await store.close();
    app = await startAppProcess({ seedStore: seed, compiled: true });
    const headers = { authorization: `Bearer ${await signInToBench(app.url)}`, 'content-type': 'application/json' };
    const get = async (path: string) => (await fetch(`${app!.url}${path}`, { headers })).json();
    const before = await get('/follow-through/forums');
    expect(before.length).toBeGreaterThan(0);

    const asked = await fetch(`${app.url}/projections/rebuild`, { method: 'POST', headers, body: JSON.stringify({ projections: ['tracker'] }) });
    expect(asked.status).toBe(202);
    const answers: number[] = [];
    let status = (await get('/projections')) as Projections;
    while (status.rebuilding.length > 0 || status.projections.find((p) => p.name === 'tracker')?.generation !== 2) {
      answers.push((await fetch(`${app.url}/health/live`)).status);
      status = (await get('/projections')) as Projections;
    }
    expect(answers.every((code) => code === 200)).toBe(true);
    expect(status.projections.find((p) => p.name === 'tracker')).toMatchObject({ generation: 2, caughtUp: true, lastError: null });
    expect(await get('/follow-through/forums')).toEqual(before);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  }, 120_000);
});
