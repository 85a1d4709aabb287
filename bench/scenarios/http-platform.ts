import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchOptions, Measurement, Scenario } from '../measurement';
import { AppProcess, startAppProcess } from '../support/app-process';
import { load, recommendationsInProgress } from './http-commands';

const root = join(__dirname, '..', '..');
const CLASS_VALIDATOR_ONLY = join(root, 'bench/support/class-validator-only-main.ts');

/** Something that answers POST /recommendations/:id/progress for a signed-in stakeholder. */
interface Target {
  label: string;
  url: string;
  token: string;
  ids: string[];
  pid: number;
  stop(): Promise<void>;
}

/** CPU seconds (user + system) a process has used so far, from /proc: the server's own cost, whoever else loads the machine. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
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
    pid: child.pid ?? 0,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function appTarget(label: string, app: AppProcess, count: number): Promise<Target> {
  const { token, ids } = await recommendationsInProgress(app.url, count);
  return { label, url: app.url, token, ids, pid: app.child.pid ?? 0, stop: () => app.stop() };
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

/** The app itself (src/main.ts): its figures are the headline. */
const APP = 1;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

interface Sample {
  rate: number;
  p99: number;
  p50: number;
  failed: number;
  /** The server process's CPU time per answered command. */
  cpuMicros: number;
}

/**
 * Per target: the median rate and its median ratio to the bound in the same round (round by round, so that a
 * busy moment of the machine falls on both), and the server's CPU time per command (what a core it had to
 * itself would serve: 1 s / that), which the other sessions on the machine disturb much less than the rate.
 */
function figures(targets: Target[], samples: Map<Target, Sample[]>, size: string): Measurement[] {
  const bound = samples.get(targets[0]) ?? [];
  return targets.flatMap((target, i) => {
    const own = samples.get(target) ?? [];
    const rates = own.map((s) => s.rate);
    const ratios = own.map((s, round) => s.rate / bound[round].rate);
    const cpuRatios = own.map((s, round) => bound[round].cpuMicros / s.cpuMicros);
    const cpu = own.map((s) => s.cpuMicros);
    const common = {
      p50_ms: median(own.map((s) => s.p50)),
      p99_ms: median(own.map((s) => s.p99)),
      'non-2xx': own.reduce((n, s) => n + s.failed, 0),
    };
    return [
      {
        scenario: `progress over HTTP, 32 clients: ${target.label}`,
        size,
        figure: median(rates),
        unit: 'commands/s',
        ...(i === APP ? { headline: 'httpCommandsPerSecond' as const } : {}),
        ...(i > 0 ? { bound: median(bound.map((s) => s.rate)), boundLabel: 'bare Fastify, same run' } : {}),
        details: {
          min: Math.min(...rates),
          max: Math.max(...rates),
          ...(i > 0 ? { 'median ratio by round': Math.round(median(ratios) * 100) / 100 } : {}),
          ...common,
        },
      },
      ...(i === APP
        ? [
            {
              scenario: `  p99 of the same: ${target.label}`,
              size,
              figure: common.p99_ms,
              unit: 'ms',
              headline: 'httpP99Ms' as const,
              details: { min: Math.min(...own.map((s) => s.p99)), max: Math.max(...own.map((s) => s.p99)) },
            },
          ]
        : []),
      {
        scenario: `  server CPU per command: ${target.label}`,
        size,
        figure: median(cpu),
        unit: 'µs',
        details: {
          min: Math.min(...cpu),
          max: Math.max(...cpu),
          'commands/s per core at that cost': Math.round(1e6 / median(cpu)),
          ...(i > 0 ? { 'bound µs / this, median by round': Math.round(median(cpuRatios) * 100) / 100 } : {}),
        },
      },
    ];
  });
}

/**
 * Issue 20's HTTP bound and the app, interleaved: each round loads the bare-Fastify bound, the app (on Fastify
 * since the switch; Express was measured before it, docs/performance.md) and the app with the principal cache off
 * one after the other with 32 clients, so that the machine's load falls on all of them alike; the figure is the
 * median of the rounds.
 */
export const httpPlatformScenario: Scenario = {
  name: 'HTTP platform',
  async run({ quick, log }: BenchOptions): Promise<Measurement[]> {
    const count = quick ? 50 : 200;
    const targets: Target[] = [];
    try {
      targets.push(await boundServer());
      targets.push(await appTarget('app on Fastify (src/main.ts)', await startAppProcess(), count));
      const variants = process.env.BENCH_PLATFORM_VARIANTS ?? 'validation';
      if (variants !== 'off')
        targets.push(await appTarget('app, class-validator only (no compiled validation)', await startAppProcess({ entry: CLASS_VALIDATOR_ONLY }), count));
      // Earlier versions of the app, each as `label=path/to/its/src/main.ts` (a checkout of an earlier commit with
      // node_modules beside it), so that a change is measured against what came before in the same rounds.
      for (const earlier of (process.env.BENCH_PLATFORM_EARLIER ?? '').split(',').filter(Boolean)) {
        const [label, entry] = earlier.split('=');
        targets.push(await appTarget(`app at ${label}`, await startAppProcess({ entry }), count));
      }
      if (variants === 'all') {
        targets.push(await appTarget('app, principal cache off', await startAppProcess({ env: { AUTH_PRINCIPAL_CACHE_MS: '0' } }), count));
        targets.push(await appTarget('app, store synced off the event loop', await startAppProcess({ env: { SQLITE_SYNCHRONOUS: 'OFF_LOOP' } }), count));
      }
      const rounds = quick ? 2 : Number(process.env.BENCH_PLATFORM_ROUNDS ?? 6);
      const duration = quick ? 3 : 4;
      const samples = new Map<Target, Sample[]>(targets.map((t) => [t, []]));
      for (let round = 0; round < rounds; round++) {
        // Each round in another order, so that no target always follows the same one.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]);
        for (const target of order) {
          const cpuBefore = cpuSecondsOf(target.pid);
          const result = await progressLoad(target, 32, duration);
          const cpu = cpuSecondsOf(target.pid) - cpuBefore;
          const sample = {
            rate: result.requests.average,
            p99: result.latency.p99,
            p50: result.latency.p50,
            failed: result.non2xx + result.errors,
            cpuMicros: (cpu * 1e6) / Math.max(1, result.requests.total),
          };
          samples.get(target)?.push(sample);
          log(
            `  round ${round + 1}, ${target.label}: ${Math.round(sample.rate)}/s, p99 ${sample.p99} ms, ${Math.round(sample.cpuMicros)} µs CPU/command, ${sample.failed} not 2xx`,
          );
        }
      }
      return figures(targets, samples, `${rounds}×${duration} s, fresh store, ${count} recommendations`);
    } finally {
      for (const target of targets) await target.stop();
    }
  },
};
