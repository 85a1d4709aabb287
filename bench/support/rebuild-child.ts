// Rebuilds the tracker read model of one data set in a process of its own, so that its memory is the
// rebuild's alone: `node -r ./test/support/ts-register.js bench/support/rebuild-child.ts <events.sqlite> <read-models dir>`.
// Prints one JSON line: events applied per second and the resident memory before and at its peak.
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';

async function main(): Promise<void> {
  const [file, readModels] = process.argv.slice(2);
  const store = new SqliteEventStore({ file });
  const engine = new ProjectionEngine(store, new ProjectionManifest(readModels), [trackerProjection]);
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  await engine.start();
  await engine.waitUntilCaughtUp();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const events = Number((await engine.health()).find((s) => s.name === 'tracker')?.eventsApplied ?? 0);
  await engine.stop();
  await store.close();
  process.stdout.write(`${JSON.stringify({ events, seconds, cpuSeconds, baselineRss: baseline, peakRss: peak })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
