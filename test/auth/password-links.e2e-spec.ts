import { HttpClient } from '../recommendations/support/http-client';
import { TEST_PASSWORD, TestApp, login, startTestApp } from '../support/test-app';

describe('one-time links with which a person chooses their own password', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' });
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    anonymous = new HttpClient(app.baseUrl, null);
  });
  afterAll(async () => app?.stop());

  it('resets a password once: sessions end, the new password works, the link does not work again', async () => {
    const viewer = await app.signIn('viewer');
    const issued = await coordinator.post(`/accounts/${viewer.accountId}/password-link`, {});
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^pr_/);
    expect(Date.parse(issued.body.expiresAt)).toBeGreaterThan(Date.now());
    const account = await coordinator.get(`/accounts/${viewer.accountId}`);
    expect(JSON.stringify(account.body)).not.toContain(issued.body.token.split('_').slice(3).join('_'));
    const reset = await anonymous.post('/auth/reset-password', { token: issued.body.token, newPassword: 'a passphrase I chose myself' });
    expect(reset.status).toBe(200);
    expect((await new HttpClient(app.baseUrl, viewer.token).get('/auth/me')).status).toBe(401);
    expect(await login(app.baseUrl, viewer.email, 'a passphrase I chose myself')).toEqual(expect.any(String));
    const again = await anonymous.post('/auth/reset-password', { token: issued.body.token, newPassword: 'yet another passphrase here' });
    expect(again.status).toBe(422);
    expect(again.body).toMatchObject({ code: 'RuleViolated', field: 'token' });
  });

  it('ends a link when a newer one is issued, and refuses a forged secret', async () => {
    const viewer = await app.signIn('viewer');
    const first = (await coordinator.post(`/accounts/${viewer.accountId}/password-link`, {})).body.token as string;
    const second = (await coordinator.post(`/accounts/${viewer.accountId}/password-link`, {})).body.token as string;
    expect((await anonymous.post('/auth/reset-password', { token: first, newPassword: 'a passphrase I chose myself' })).status).toBe(401);
    const forged = `${second.slice(0, -4)}AAAA`;
    expect((await anonymous.post('/auth/reset-password', { token: forged, newPassword: 'a passphrase I chose myself' })).status).toBe(401);
    expect((await anonymous.post('/auth/reset-password', { token: second, newPassword: 'a passphrase I chose myself' })).status).toBe(200);
  });

  it('invites a new account: no password is handed over, the person chooses one through the link', async () => {
    const email = 'invited.person@example.tj';
    const created = await coordinator.post('/accounts', { email, name: 'Invited Person', role: 'viewer' });
    expect(created.status).toBe(201);
    expect(created.body.invitation.token).toMatch(/^pr_/);
    expect((await anonymous.post('/auth/login', { email, password: TEST_PASSWORD })).status).toBe(401);
    const chosen = await anonymous.post('/auth/reset-password', { token: created.body.invitation.token, newPassword: 'my very own first passphrase' });
    expect(chosen.status).toBe(200);
    expect(await login(app.baseUrl, email, 'my very own first passphrase')).toEqual(expect.any(String));
  });

  it('lets only coordinators issue links, and applies the password rules to the chosen one', async () => {
    const viewer = await app.signIn('viewer');
    expect((await new HttpClient(app.baseUrl, viewer.token).post(`/accounts/${viewer.accountId}/password-link`, {})).status).toBe(403);
    const token = (await coordinator.post(`/accounts/${viewer.accountId}/password-link`, {})).body.token;
    const weak = await anonymous.post('/auth/reset-password', { token, newPassword: 'qwerty123456' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', rule: 'isAcceptablePassword' })]);
  });
});
