import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

function startMain(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', join(root, 'test/support/ts-register.js'), join(root, 'src/main.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function output(child: ChildProcess): { text: () => string } {
  let text = '';
  child.stdout?.on('data', (chunk) => (text += chunk));
  child.stderr?.on('data', (chunk) => (text += chunk));
  return { text: () => text };
}

/** The exit code, or the signal's name when the process ended by a signal. */
function exited(child: ChildProcess): Promise<number | string | null> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
}

async function listeningUrl(log: { text: () => string }): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const match = /listening on (http:\/\/[^\s"]+)/.exec(log.text());
    if (match) return match[1].replace('[::1]', '127.0.0.1');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the app did not start:\n${log.text()}`);
}

describe('starting the app (src/main.ts)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'ft-start-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a bad setting with a message naming it, and exits with status 1', async () => {
    const child = startMain({ DATA_DIR: dataDir, EVENT_STORE: 'mongodb', PORT: '0' });
    const log = output(child);
    expect(await exited(child)).toBe(1);
    expect(log.text()).toContain('EVENT_STORE="mongodb": EVENT_STORE must be one of the following values: embedded, eventstoredb');
  });

  it('starts on the embedded store by default, reports health and serves the OpenAPI document', async () => {
    const child = startMain({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const log = output(child);
    try {
      const url = await listeningUrl(log);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(200);
      const body = (await health.json()) as { details: Record<string, unknown> };
      expect(body.details.eventStore).toMatchObject({ status: 'up', adapter: 'embedded' });
      const openapi = await fetch(`${url}/docs/openapi.json`);
      expect(openapi.status).toBe(200);
      expect(((await openapi.json()) as { info: { title: string } }).info.title).toBe('Follow-through');
      const firstLine = log.text().split('\n').find((line) => line.startsWith('{'));
      expect(JSON.parse(firstLine as string)).toMatchObject({ level: 'log' });
    } finally {
      child.kill('SIGTERM');
    }
    // Nest closes the app on SIGTERM, then ends the process with the same signal.
    expect(await exited(child)).toBe('SIGTERM');
    expect(log.text()).not.toMatch(/"level":"error"/);
  });

  it('without a bootstrap coordinator prints a one-time setup token that creates the first coordinator once', async () => {
    const setupDir = mkdtempSync(join(tmpdir(), 'ft-setup-'));
    const child = startMain({ DATA_DIR: setupDir, PORT: '0', HOST: '127.0.0.1' });
    const log = output(child);
    try {
      const url = await listeningUrl(log);
      const token = /setupToken\\?": \\?"([A-Za-z0-9_-]{20,})/.exec(log.text())?.[1];
      expect(token).toBeDefined();
      const account = { email: 'first@secretariat.tj', name: 'First Coordinator', password: 'the very first passphrase' };
      const post = (path: string, body: object) =>
        fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post('/auth/setup', { ...account, setupToken: 'x'.repeat(32) })).status).toBe(401);
      expect((await post('/auth/setup', { ...account, setupToken: token })).status).toBe(201);
      expect((await post('/auth/setup', { ...account, email: 'second@secretariat.tj', setupToken: token })).status).toBe(401);
      const login = await post('/auth/login', { email: account.email, password: account.password });
      expect(login.status).toBe(200);
      expect(((await login.json()) as { principal: { role: string } }).principal.role).toBe('coordinator');
    } finally {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(setupDir, { recursive: true, force: true });
    }
  });
});
