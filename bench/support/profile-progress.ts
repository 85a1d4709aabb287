// `node -r ./test/support/ts-register.js bench/support/profile-progress.ts DIR`: the app under
// 32 clients sending progress reports for 10 s, with node's --cpu-prof writing the app's profile to DIR; then
// summarise it with bench/support/cpu-profile-summary.ts. The profiler slows the app: shares, not rates.
import { load, recommendationsInProgress } from '../scenarios/http-commands';
import { startAppProcess } from './app-process';

async function main(): Promise<void> {
  const [dir] = process.argv.slice(2);
  const app = await startAppProcess({ nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  try {
    const { token, ids } = await recommendationsInProgress(app.url, 200);
    let next = 0;
    const result = await load({
      url: app.url,
      connections: 32,
      duration: 10,
      requests: [
        {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          setupRequest: (request) => ({
            ...request,
            path: `/recommendations/${ids[next++ % ids.length]}/progress`,
            body: JSON.stringify({ note: 'Weekly update from the district', evidence: [] }),
          }),
        },
      ],
    });
    console.log(`${Math.round(result.requests.average)} commands/s while profiled, p99 ${result.latency.p99} ms, ${result.non2xx} not 2xx`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
