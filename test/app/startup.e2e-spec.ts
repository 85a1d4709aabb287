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

/** The start-up notice: the one JSON line that carries the address, a pending setup token and the demo accounts. */
function notice(log: { text: () => string }): { url: string; setupToken: string | null; demo: { examples: string[]; password: string | null } | null } {
  const line = log
    .text()
    .split('\n')
    .find((l) => l.includes('"context":"Follow-through"') && l.includes('"url"'));
  return JSON.parse(line as string);
}

async function signedInList(url: string, email: string, password: string): Promise<{ total: number }> {
  const login = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(login.status).toBe(200);
  const { token } = (await login.json()) as { token: string };
  const list = await fetch(`${url}/recommendations`, { headers: { authorization: `Bearer ${token}` } });
  expect(list.status).toBe(200);
  return (await list.json()) as { total: number };
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
      const firstLine = log
        .text()
        .split('\n')
        .find((line) => line.startsWith('{'));
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
      const token = notice(log).setupToken;
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
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

  it('with DEMO_DATA=true loads the demo before it listens (the command the README gives), and a second start changes nothing', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'ft-demo-start-'));
    const start = async () => {
      const child = startMain({ DATA_DIR: demoDir, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'true', SQLITE_SYNCHRONOUS: 'NORMAL' });
      const log = output(child);
      const url = await listeningUrl(log).catch((error) => {
        child.kill('SIGKILL');
        throw error;
      });
      return { child, log, url, facts: notice(log) };
    };
    try {
      const first = await start();
      try {
        expect((await fetch(`${first.url}/`)).status).toBe(200);
        expect((await fetch(`${first.url}/health`)).status).toBe(200);
        // The demo's coordinator is the first coordinator: no setup token is offered.
        expect(first.facts.setupToken).toBeNull();
        expect(first.facts.demo?.examples[0]).toBe('coordinator@demo.follow-through.org');
        const password = first.facts.demo?.password as string;
        expect(password).toMatch(/^[A-Za-z0-9_-]{8,}$/);
        const { total } = await signedInList(first.url, 'coordinator@demo.follow-through.org', password);
        expect(total).toBeGreaterThan(10);
        first.child.kill('SIGTERM');
        expect(await exited(first.child)).toBe('SIGTERM');
        expect(first.log.text()).not.toMatch(/"level":"error"/);
        const second = await start();
        try {
          expect(second.facts.demo?.password).toBeNull();
          expect(second.facts.setupToken).toBeNull();
          expect((await signedInList(second.url, 'coordinator@demo.follow-through.org', password)).total).toBe(total);
        } finally {
          second.child.kill('SIGTERM');
          await exited(second.child);
        }
      } finally {
        first.child.kill('SIGKILL');
      }
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  }, 90_000); // two starts of the app from TypeScript, each compiling it: on a busy two-core machine one takes over 15 s

  it('writes readable lines when asked (LOG_FORMAT=pretty): the address and the setup token stand out, no route mappings', async () => {
    const prettyDir = mkdtempSync(join(tmpdir(), 'ft-pretty-'));
    const child = startMain({ DATA_DIR: prettyDir, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'pretty' });
    const log = output(child);
    try {
      await listeningUrl(log);
      const text = log.text();
      expect(text).not.toContain('RouterExplorer');
      expect(text).not.toMatch(/^\{/m);
      const token = /one-time token:\n\s+([A-Za-z0-9_-]{20,})\n/.exec(text)?.[1];
      expect(token).toBeDefined();
      expect(text.split('\n').length).toBeLessThan(20);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(prettyDir, { recursive: true, force: true });
    }
  });
});
