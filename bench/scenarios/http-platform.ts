import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { BenchOptions, Measurement, Scenario } from '../measurement';
import { AppProcess, startAppProcess } from '../support/app-process';
import { load, recommendationsInProgress } from './http-commands';

const root = join(__dirname, '..', '..');

/** Something that answers POST /recommendations/:id/progress for a signed-in stakeholder. */
interface Target {
  label: string;
  url: string;
  token: string;
  ids: string[];
  stop(): Promise<void>;
}

async function boundServer(): Promise<Target> {
  const child: ChildProcess = spawn(process.execPath, ['-r', join(root, 'test/support/ts-register.js'), join(root, 'bench/support/bare-fastify-bound.ts')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`the bound server exited with ${code}`)));
  });
  const { url, token, ids } = JSON.parse(line) as { url: string; token: string; ids: string[] };
  return {
    label: 'bare Fastify + SqliteEventStore (bound)',
    url,
    token,
    ids,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function appTarget(label: string, app: AppProcess, count: number): Promise<Target> {
  const { token, ids } = await recommendationsInProgress(app.url, count);
  return { label, url: app.url, token, ids, stop: () => app.stop() };
}

async function progressLoad(target: Target, connections: number, duration: number) {
  let next = 0;
  return load({
    url: target.url,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          path: `/recommendations/${target.ids[next++ % target.ids.length]}/progress`,
          body: JSON.stringify({ note: 'Weekly update from the district', evidence: [] }),
        }),
      },
    ],
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Issue 20's HTTP bound and the platforms, interleaved: each round loads the bare-Fastify bound, the app on
 * Express, the app on Fastify (and the app on Express with the principal cache off) one after the other with
 * 32 clients, so that the machine's load falls on all of them alike; the figure is the median of the rounds.
 */
export const httpPlatformScenario: Scenario = {
  name: 'HTTP platform',
  async run({ quick, log }: BenchOptions): Promise<Measurement[]> {
    const count = quick ? 50 : 200;
    const targets: Target[] = [];
    try {
      targets.push(await boundServer());
      targets.push(await appTarget('app on Express (src/main.ts)', await startAppProcess(), count));
      targets.push(await appTarget('app on Fastify (bench/support/fastify-main.ts)', await startAppProcess({ entry: join(root, 'bench/support/fastify-main.ts') }), count));
      if (process.env.BENCH_PLATFORM_VARIANTS !== 'off')
        targets.push(await appTarget('app on Express, principal cache off', await startAppProcess({ env: { AUTH_PRINCIPAL_CACHE_MS: '0' } }), count));
      const rounds = quick ? 2 : Number(process.env.BENCH_PLATFORM_ROUNDS ?? 4);
      const duration = quick ? 3 : 6;
      const samples = new Map<Target, { rate: number; p99: number; p50: number; failed: number }[]>(targets.map((t) => [t, []]));
      for (let round = 0; round < rounds; round++) {
        for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
          const result = await progressLoad(target, 32, duration);
          const sample = { rate: result.requests.average, p99: result.latency.p99, p50: result.latency.p50, failed: result.non2xx + result.errors };
          samples.get(target)?.push(sample);
          log(`  round ${round + 1}, ${target.label}: ${Math.round(sample.rate)}/s, p99 ${sample.p99} ms, ${sample.failed} not 2xx`);
        }
      }
      const bound = median(samples.get(targets[0])?.map((s) => s.rate) ?? []);
      const boundP99 = median(samples.get(targets[0])?.map((s) => s.p99) ?? []);
      return targets.map((target, i) => {
        const own = samples.get(target) ?? [];
        const rates = own.map((s) => s.rate);
        return {
          scenario: `progress over HTTP, 32 clients: ${target.label}`,
          size: `${rounds}×${duration} s`,
          figure: median(rates),
          unit: 'commands/s',
          ...(i > 0 ? { bound, boundLabel: 'bare Fastify, same run' } : {}),
          details: {
            min: Math.min(...rates),
            max: Math.max(...rates),
            p50_ms: median(own.map((s) => s.p50)),
            p99_ms: median(own.map((s) => s.p99)),
            ...(i > 0 ? { 'bound p99_ms': boundP99 } : {}),
            'non-2xx': own.reduce((n, s) => n + s.failed, 0),
          },
        };
      });
    } finally {
      for (const target of targets) await target.stop();
    }
  },
};
