import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The app (src/main.ts) on a server too old to send CaughtUp (the protocol double reporting 22.10.5) refuses to
 * start, saying what it needs, instead of waiting ten minutes for read models that never catch up.
 */
const root = join(__dirname, '../..');

function start(script: string, env: Record<string, string>): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, ['-r', join(root, 'test/support/ts-register.js'), join(root, script)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk) => (text += chunk));
  child.stderr?.on('data', (chunk) => (text += chunk));
  return { child, log: () => text };
}

describe('starting the app on an EventStoreDB older than 23.10', () => {
  let double: ReturnType<typeof start>;
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ft-old-server-'));
    double = start('test/event-store/esdb-protocol-server/serve.ts', { SERVER_VERSION: '22.10.5' });
  });
  afterAll(() => {
    double.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits with status 1 and a message saying which server it needs', async () => {
    for (let i = 0; i < 300 && !/listening on (\d+)/.test(double.log()); i++) await new Promise((r) => setTimeout(r, 100));
    const port = (/listening on (\d+)/.exec(double.log()) as RegExpExecArray)[1];
    const app = start('src/main.ts', {
      EVENT_STORE: 'eventstoredb',
      EVENTSTORE_CONNECTION_STRING: `esdb://127.0.0.1:${port}?tls=false`,
      AUTH_TOKEN_SECRET: 'a'.repeat(40),
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const code = await new Promise<number | null>((resolve) => app.child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(1);
    expect(app.log()).toContain('EventStoreDB 22.10.5 sends no CaughtUp');
    expect(app.log()).toContain('needs 23.10 or later');
    expect(app.log()).not.toMatch(/listening on http/);
  });
});
