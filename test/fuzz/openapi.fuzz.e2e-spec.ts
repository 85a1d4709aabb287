import fc from 'fast-check';
import { HttpClient } from '../recommendations/support/http-client';
import { propose, recordForum, registerOrganisation } from '../recommendations/support/scenario';
import { unknownNamesIn } from '../support/problem-vocabulary';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TestApp, login, startTestApp } from '../support/test-app';
import { OpenApiDocument, Operation, operationsOf, requestFor } from './openapi-requests';
import { closeConnections, RawReply, RawRequest, send } from './raw-http';

/**
 * Every endpoint of the OpenAPI document, fed fitting and hostile paths, queries, headers and bodies: no
 * answer may be a 5xx, every refusal is application/problem+json, and the app is healthy afterwards.
 * Each operation gets SWEEP requests first; FUZZ_SECONDS (default 40) bounds the random run after it in time, FUZZ_RUNS (default 100,000) in requests; FUZZ_SEED replays one.
 * A long run: FUZZ_SECONDS=1800 npx jest test/fuzz.
 */
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 40);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Requests to each operation before the random ones, and operations swept at once. */
const SWEEP = 10;
const SWEPT_AT_ONCE = 8;

/** A read asked to wait for a position the log has not reached answers 503 after 5 s: that is the contract, not a fault. */
function isExpectedWait(reply: RawReply): boolean {
  return reply.status === 503 && /ha(s|ve) not reached position/.test(reply.body);
}

describe('fuzzing every endpoint of the OpenAPI document', () => {
  let app: TestApp;
  let document: OpenApiDocument;
  let operations: Operation[];
  let known: { ids: string[] };
  let tokens: string[];

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '100000', LOGIN_ATTEMPTS_PER_MINUTE: '1000' });
    const coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    document = (await coordinator.get('/docs/openapi.json')).body;
    operations = operationsOf(document);
    const donor = await registerOrganisation(coordinator, 'donor', 'Fuzz donor');
    const committee = await registerOrganisation(coordinator, 'committee', 'Fuzz committee');
    const forum = await recordForum(coordinator, [donor]);
    const recommendation = await propose(coordinator, forum);
    // The fuzz may reset, demote or sign out the accounts it knows the ids of; it signs in as others.
    const victims = [await app.signIn('viewer'), await app.signIn('stakeholder', committee), await app.signIn('donor', donor)];
    known = { ids: [donor, committee, forum, recommendation, ...victims.map((v) => v.accountId), '2025'] };
    const callers = [await app.signIn('viewer'), await app.signIn('stakeholder', committee), await app.signIn('donor', donor)];
    tokens = [app.coordinatorToken, app.coordinatorToken, ...callers.map((c) => c.token)];
  }, 60_000);
  afterAll(async () => {
    closeConnections();
    await app?.stop();
  });

  it(
    'never answers 5xx, names a code in every refusal, and stays healthy',
    async () => {
      const calls = new Map<string, number>();
      const statuses = new Map<number, number>();
      const slow: string[] = [];
      const reporter = setInterval(() => slow.length && console.log(slow.splice(0).join('\n')), 10_000);
      const check = async (operation: Operation, raw: RawRequest) => {
        const key = `${operation.method} ${operation.path}`;
        calls.set(key, (calls.get(key) ?? 0) + 1);
        const waiting = setTimeout(
          () => slow.push(`no answer after 8 s: ${raw.method} ${raw.path} ${JSON.stringify(raw.headers)} ${raw.body?.slice(0, 200) ?? ''}`),
          8_000,
        );
        const reply = await send(app.baseUrl, raw).finally(() => clearTimeout(waiting));
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.status >= 500 && !isExpectedWait(reply)) {
          throw new Error(`${raw.method} ${raw.path} answered ${reply.status}: ${reply.body.slice(0, 500)}`);
        }
        if ((reply.status >= 400 && reply.status !== 404) || (reply.status === 404 && reply.contentType.includes('json'))) {
          expect(reply.contentType).toMatch(/^application\/problem\+json/);
          expect(JSON.parse(reply.body)).toEqual(expect.objectContaining({ statusCode: reply.status, code: expect.stringMatching(/^[A-Za-z]+$/) }));
          // Only codes, reasons and rules the interface has a translation for (test/support/problem-vocabulary.ts).
          expect({ key, names: unknownNamesIn(JSON.parse(reply.body)) }).toEqual({ key, names: [] });
        }
      };
      // First every operation SWEEP times, so that each is reached however slow the machine (the requests of several
      // operations at once: a read told to wait for a position not reached holds its answer 5 s); then random
      // requests over all of them for the rest of the time.
      for (let i = 0; i < operations.length; i += SWEPT_AT_ONCE) {
        const sweep = operations
          .slice(i, i + SWEPT_AT_ONCE)
          .flatMap((operation) =>
            fc.sample(requestFor(operation, document, known, tokens), { numRuns: SWEEP, seed: SEED }).map((raw) => check(operation, raw)),
          );
        await Promise.all(sweep);
      }
      const request = fc.constantFrom(...operations).chain((operation) => requestFor(operation, document, known, tokens).map((raw) => ({ operation, raw })));
      await fc.assert(
        fc.asyncProperty(request, ({ operation, raw }: { operation: Operation; raw: RawRequest }) => check(operation, raw)),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, interruptAfterTimeLimit: SECONDS * 1000 },
      );
      clearInterval(reporter);
      if (process.env.FUZZ_VERBOSE) console.log(JSON.stringify(Object.fromEntries(statuses)));
      // Each operation was reached, at least by the sweep.
      const missed = operations.map((o) => `${o.method} ${o.path}`).filter((k) => (calls.get(k) ?? 0) < SWEEP);
      expect(missed).toEqual([]);
      const health = await fetch(`${app.baseUrl}/health`);
      expect(health.status).toBe(200);
      expect(await login(app.baseUrl, COORDINATOR_EMAIL, COORDINATOR_PASSWORD)).toEqual(expect.any(String));
    },
    SECONDS * 1000 + 240_000,
  );
});
