import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateAccount } from '../../src/accounts/commands/create-account';
import { HttpClient } from '../recommendations/support/http-client';
import { TEST_PASSWORD, login, startTestApp } from '../support/test-app';

const NO_BOOTSTRAP = { BOOTSTRAP_COORDINATOR_EMAIL: '', BOOTSTRAP_COORDINATOR_PASSWORD: '' };
const SYSTEM = { accountId: 'system', organisationId: null, role: 'coordinator' as const };

/** The setup tokens the app printed while `run` ran. */
async function printedSetupTokens<T>(run: () => Promise<T>): Promise<{ result: T; tokens: string[] }> {
  const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  try {
    const result = await run();
    const tokens = warn.mock.calls.map((call) => /"setupToken": "([A-Za-z0-9_-]+)"/.exec(String(call[0]))?.[1]).filter((t): t is string => !!t);
    return { result, tokens };
  } finally {
    warn.mockRestore();
  }
}

describe('there is always a coordinator, and a setup token only while there is none', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-coordinators-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('honours no setup token once a coordinator exists (the demo way), and prints none at the next start', async () => {
    const first = await printedSetupTokens(() => startTestApp({ DATA_DIR: dataDir, ...NO_BOOTSTRAP }));
    const app = first.result;
    expect(first.tokens).toHaveLength(1);
    try {
      const context = { actor: SYSTEM, commandId: 'demo-coordinator', correlationId: 'demo-coordinator', causationId: 'demo-coordinator', idempotent: true };
      const account = {
        email: 'demo.coordinator@example.tj',
        name: 'Demo Coordinator',
        password: TEST_PASSWORD,
        role: 'coordinator' as const,
        organisationId: null,
      };
      await app.app.get(CommandBus).execute(new CreateAccount(account, context));
      const setup = await new HttpClient(app.baseUrl, null).post('/auth/setup', {
        setupToken: first.tokens[0],
        email: 'intruder@example.tj',
        name: 'Intruder',
        password: 'an intruder passphrase',
      });
      expect(setup.status).toBe(409);
    } finally {
      await app.stop();
    }
    const second = await printedSetupTokens(() => startTestApp({ DATA_DIR: dataDir, ...NO_BOOTSTRAP }));
    expect(second.tokens).toEqual([]);
    await second.result.stop();
  });

  it('refuses to make the last coordinator anything else (422), and allows it once there is another', async () => {
    const app = await startTestApp({ LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' });
    try {
      const coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
      const me = (await coordinator.get('/auth/me')).body.accountId;
      const refused = await coordinator.post(`/accounts/${me}/role`, { role: 'viewer' });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'RuleViolated', field: 'role' });
      const second = await coordinator.post('/accounts', {
        email: 'second.coordinator@example.tj',
        name: 'Second',
        password: TEST_PASSWORD,
        role: 'coordinator',
      });
      expect((await coordinator.get(`/accounts?minPosition=${second.headers.get('x-event-position')}`)).status).toBe(200);
      const asSecond = new HttpClient(app.baseUrl, await login(app.baseUrl, 'second.coordinator@example.tj', TEST_PASSWORD));
      expect((await asSecond.post(`/accounts/${me}/role`, { role: 'viewer' })).status).toBe(200);
      expect((await asSecond.post(`/accounts/${second.body.id}/role`, { role: 'viewer' })).status).toBe(422);
    } finally {
      await app.stop();
    }
  });

  it('keeps one coordinator when two demote or deactivate each other at the same time', async () => {
    const app = await startTestApp({ LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' });
    try {
      const first = new HttpClient(app.baseUrl, app.coordinatorToken);
      const firstId = (await first.get('/auth/me')).body.accountId;
      const pair = async (email: string) => {
        const created = await first.post('/accounts', { email, name: 'Other coordinator', password: TEST_PASSWORD, role: 'coordinator' });
        await first.get(`/accounts?minPosition=${created.headers.get('x-event-position')}`);
        return { id: created.body.id as string, client: new HttpClient(app.baseUrl, await login(app.baseUrl, email, TEST_PASSWORD)) };
      };
      const second = await pair('rival.one@example.tj');
      const demotions = await Promise.all([
        first.post(`/accounts/${second.id}/role`, { role: 'viewer' }),
        second.client.post(`/accounts/${firstId}/role`, { role: 'viewer' }),
      ]);
      // One after the other: after the first, the loser is no coordinator (its session ended: 401) or is the last one (422).
      const outcome = (statuses: number[]) =>
        expect([
          [200, 401],
          [200, 422],
        ]).toContainEqual(statuses.sort());
      outcome(demotions.map((r) => r.status));
      const survivor = demotions[0].status === 200 ? first : second.client;
      const third = await (async () => {
        const created = await survivor.post('/accounts', { email: 'rival.two@example.tj', name: 'Third', password: TEST_PASSWORD, role: 'coordinator' });
        await survivor.get(`/accounts?minPosition=${created.headers.get('x-event-position')}`);
        return { id: created.body.id as string, client: new HttpClient(app.baseUrl, await login(app.baseUrl, 'rival.two@example.tj', TEST_PASSWORD)) };
      })();
      const survivorId = (await survivor.get('/auth/me')).body.accountId;
      const deactivations = await Promise.all([
        survivor.post(`/accounts/${third.id}/deactivate`, { reason: 'rivalry' }),
        third.client.post(`/accounts/${survivorId}/deactivate`, { reason: 'rivalry' }),
      ]);
      outcome(deactivations.map((r) => r.status));
      const winner = deactivations[0].status === 200 ? survivor : third.client;
      expect((await winner.get('/accounts?role=coordinator')).status).toBe(200);
    } finally {
      await app.stop();
    }
  });
});
