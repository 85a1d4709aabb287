// `npm run bench [-- --quick] [-- --only name]`: prints each figure with its ratio to a raw bound measured in the same
// run, and writes them all to bench-results/. Not a test: nothing here passes or fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { BenchOptions, Measurement, Scenario, formatTable, headlineOf } from './measurement';
import { aggregateLoadScenario } from './scenarios/aggregate-load';
import { appendsScenario } from './scenarios/appends';
import { coldStartScenario } from './scenarios/cold-start';
import { esdbAdapterScenario } from './scenarios/esdb-adapter';
import { httpCommandsScenario } from './scenarios/http-commands';
import { httpPlatformScenario } from './scenarios/http-platform';
import { liveFlushesScenario } from './scenarios/live-flushes';
import { readSideScenario } from './scenarios/read-side';
import { reportsUnderLoadScenario } from './scenarios/reports-under-load';
import { validationScenario } from './scenarios/validation';
import { importsScenario } from './scenarios/imports';

const SCENARIOS: Scenario[] = [
  appendsScenario,
  httpCommandsScenario,
  httpPlatformScenario,
  validationScenario,
  reportsUnderLoadScenario,
  liveFlushesScenario,
  readSideScenario,
  coldStartScenario,
  aggregateLoadScenario,
  esdbAdapterScenario,
  importsScenario,
];
const root = join(__dirname, '..');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const options: BenchOptions = {
    quick: args.includes('--quick'),
    dataDir: process.env.BENCH_DATA_DIR ?? join(root, 'bench-data'),
    seed: Number(process.env.BENCH_SEED ?? 20261123),
    log: (line) => process.stderr.write(`${line}\n`),
  };
  mkdirSync(options.dataDir, { recursive: true });
  const started = Date.now();
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
  console.log(`Follow-through benchmarks${options.quick ? ' (quick)' : ''} on ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB, Node ${machine.node}`);
  const results: Measurement[] = [];
  for (const scenario of SCENARIOS.filter((s) => !only || s.name.startsWith(only))) {
    console.log(`\n== ${scenario.name}`);
    const scenarioStarted = Date.now();
    const measurements = await scenario.run(options);
    console.log(formatTable(measurements));
    results.push(...measurements);
    console.log(`   (${((Date.now() - scenarioStarted) / 1000).toFixed(0)} s)`);
  }
  const seconds = (Date.now() - started) / 1000;
  const out = join(root, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}${options.quick ? '-quick' : ''}.json`);
  const headline = headlineOf(results);
  writeFileSync(file, JSON.stringify({ machine, quick: options.quick, seed: options.seed, seconds, results, headline }, null, 2));
  console.log(`\n${results.length} figures in ${seconds.toFixed(0)} s, written to ${file}`);
  console.log(`\nheadline (null: not measured by this run)\n${JSON.stringify(headline, null, 2)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
