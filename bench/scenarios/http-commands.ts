import autocannon from 'autocannon';
import { BenchOptions, Measurement, Scenario } from '../measurement';
import { BENCH_EMAIL, BENCH_PASSWORD, startAppProcess } from '../support/app-process';

async function call(url: string, method: string, path: string, body: object | undefined, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** An organisation with recommendations in progress, and a stakeholder of it signed in. */
export async function recommendationsInProgress(url: string, count: number): Promise<{ token: string; ids: string[] }> {
  const coordinator = (await call(url, 'POST', '/auth/login', { email: BENCH_EMAIL, password: BENCH_PASSWORD })).token as string;
  const org = (
    await call(url, 'POST', '/organisations', { name: 'Committee on Women and Family Affairs', kind: 'committee', country: 'TJ', region: null }, coordinator)
  ).id as string;
  const donor = (await call(url, 'POST', '/organisations', { name: 'INL', kind: 'donor', country: 'US', region: null }, coordinator)).id as string;
  const forum = (
    await call(
      url,
      'POST',
      '/forums',
      {
        title: 'Benchmark forum',
        kind: 'conference',
        startDate: '2024-05-10',
        endDate: '2024-05-11',
        location: { country: 'TJ', region: 'Khatlon', district: null },
        organisers: [{ name: 'USANT' }],
        funders: [donor],
        programme: null,
        participants: 50,
        sourceReference: null,
      },
      coordinator,
    )
  ).id as string;
  await call(
    url,
    'POST',
    '/accounts',
    { email: 'stakeholder@bench.test', name: 'Stakeholder', password: BENCH_PASSWORD, role: 'stakeholder', organisationId: org },
    coordinator,
  );
  const token = (await call(url, 'POST', '/auth/login', { email: 'stakeholder@bench.test', password: BENCH_PASSWORD })).token as string;
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = (
      await call(
        url,
        'POST',
        `/forums/${forum}/recommendations`,
        { text: `Recommendation ${i}`, themes: ['services'], targetRegions: ['TJ-KT'], priority: 'high' },
        coordinator,
      )
    ).id as string;
    await call(url, 'POST', `/recommendations/${id}/assign`, { responsibleOrganisationId: org, dueDate: '2027-06-30' }, coordinator);
    await call(url, 'POST', `/recommendations/${id}/accept`, {}, token);
    await call(url, 'POST', `/recommendations/${id}/start`, {}, token);
    ids.push(id);
  }
  return { token, ids };
}

export function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

export const httpCommandsScenario: Scenario = {
  name: 'HTTP commands',
  async run({ quick, log }: BenchOptions): Promise<Measurement[]> {
    const app = await startAppProcess();
    const results: Measurement[] = [];
    try {
      const { token, ids } = await recommendationsInProgress(app.url, quick ? 50 : 200);
      const duration = quick ? 3 : 8;
      for (const connections of [1, 8, 32, 64]) {
        let next = 0;
        const trivial = await load({ url: `${app.url}/health/live`, connections, duration });
        const commands = await load({
          url: app.url,
          connections,
          duration,
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
        const failed = commands.non2xx + commands.errors;
        results.push({
          scenario: `progress reports over HTTP, ${connections} clients`,
          size: `${commands.requests.total} req`,
          figure: commands.requests.average,
          unit: 'commands/s',
          bound: trivial.requests.average,
          boundLabel: 'GET /health/live',
          details: { p50_ms: commands.latency.p50, p99_ms: commands.latency.p99, 'non-2xx': failed, 'bound p99_ms': trivial.latency.p99 },
          ...(connections === 32 ? { headline: 'httpCommandsPerSecond' as const } : {}),
        });
        if (connections === 32)
          results.push({
            scenario: 'progress reports over HTTP, 32 clients, p99',
            size: `${commands.requests.total} req`,
            figure: commands.latency.p99,
            unit: 'ms',
            headline: 'httpP99Ms',
          });
        log(`  ${connections} clients: ${Math.round(commands.requests.average)} commands/s, p99 ${commands.latency.p99} ms, ${failed} not 2xx`);
      }
    } finally {
      await app.stop();
    }
    return results;
  },
};
