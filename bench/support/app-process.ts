import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
export const BENCH_EMAIL = 'bench@follow-through.test';
export const BENCH_PASSWORD = 'a long benchmark passphrase';

export interface AppProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** The real app (src/main.ts) in its own process on the embedded store with durable settings. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface AppProcessOptions {
  /** The entry to run instead of src/main.ts (e.g. bench/support/fastify-main.ts). */
  entry?: string;
  /** Settings added to the app's environment. */
  env?: Record<string, string>;
  /** Node arguments added to BENCH_APP_NODE_ARGS (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** An embedded store's file to start from (copied; the app builds its read models from it). */
  seedStore?: string;
  /** Called once the app's process is spawned (after the store is copied): a cold start is timed from here. */
  onSpawned?: () => void;
  /** How long to wait for the app to answer (default a minute; a cold start on a large store takes longer). */
  startTimeoutMs?: number;
  /** Run the compiled app (dist/main.js, as `npm start` does; see `buildApp`) rather than the TypeScript entry. */
  compiled?: boolean;
  /** With `compiled`: the checkout whose dist/main.js to run (default this one), e.g. an earlier commit's, built. */
  compiledRoot?: string;
}

/** Builds dist/ if its sources changed since the last build (scripts/build-if-changed.js, what `npm start` runs). */
export function buildApp(checkout = root): void {
  execFileSync(process.execPath, [join(checkout, 'scripts/build-if-changed.js')], { cwd: checkout, stdio: 'inherit' });
}

export async function startAppProcess(options: AppProcessOptions = {}): Promise<AppProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(process.env.BENCH_TMP ?? '/tmp', 'bench-app-'));
  if (options.seedStore) copyFileSync(options.seedStore, join(dataDir, 'events.sqlite'));
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      ...(options.nodeArgs ?? []),
      ...(options.compiled
        ? [join(options.compiledRoot ?? root, 'dist/main.js')]
        : ['-r', join(root, 'test/support/ts-register.js'), options.entry ?? join(root, 'src/main.ts')]),
    ],
    {
      cwd: options.compiled && options.compiledRoot ? options.compiledRoot : root,
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        SQLITE_SYNCHRONOUS: 'FULL',
        BOOTSTRAP_COORDINATOR_EMAIL: BENCH_EMAIL,
        BOOTSTRAP_COORDINATOR_PASSWORD: BENCH_PASSWORD,
        LOGIN_ATTEMPTS_PER_MINUTE: '1000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  options.onSpawned?.();
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  while (Date.now() < deadline && child.exitCode === null) {
    const live = await fetch(`${url}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (live) {
      return {
        url,
        child,
        stop: async () => {
          if (child.exitCode === null) {
            child.kill('SIGTERM');
            await new Promise((resolve) => child.once('exit', resolve));
          }
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the app did not start:\n${output}`);
}

/** Signs the bench's coordinator in on a running app: its token. */
export async function signInToBench(url: string): Promise<string> {
  const response = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** The p-th percentile of some values (nearest rank), which need not be sorted. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
