import { HttpClient } from '../recommendations/support/http-client';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD, TestApp, login, startTestApp } from '../support/test-app';
import { totp } from './rfc6238';

/** Enrols the account in two-factor sign-in with codes computed by our own RFC 6238 implementation. */
async function enrol(app: TestApp, token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const client = new HttpClient(app.baseUrl, token);
  const started = await client.post('/accounts/me/two-factor', {});
  expect(started.status).toBe(201);
  expect(started.body.otpauthUri).toMatch(new RegExp(`^otpauth://totp/Follow-through:.*secret=${started.body.secret}`));
  const confirmed = await client.post('/accounts/me/two-factor/confirm', { code: totp(started.body.secret) });
  expect(confirmed.status).toBe(200);
  return { secret: started.body.secret, recoveryCodes: confirmed.body.recoveryCodes };
}

describe('two-factor sign-in (TOTP with recovery codes)', () => {
  let app: TestApp;
  let anonymous: HttpClient;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000', LOGIN_ATTEMPTS_PER_MINUTE: '20' });
    anonymous = new HttpClient(app.baseUrl, null);
  });
  afterAll(async () => app?.stop());

  it('after enrolment asks for the code, accepts the current one, refuses a wrong one, and ends the password-only sessions', async () => {
    const viewer = await app.signIn('viewer');
    const { secret, recoveryCodes } = await enrol(app, viewer.token);
    expect(recoveryCodes).toHaveLength(10);
    expect((await new HttpClient(app.baseUrl, viewer.token).get('/auth/me')).status).toBe(401);
    const withoutCode = await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD });
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.code).toBe('TwoFactorRequired');
    const wrong = String((Number(totp(secret)) + 1) % 1_000_000).padStart(6, '0');
    expect((await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD, code: wrong })).status).toBe(401);
    const code = totp(secret);
    const signedIn = await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD, code });
    expect(signedIn.status).toBe(200);
    // A code works once (RFC 6238 5.2): whoever saw it cannot sign in with it again.
    expect((await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD, code })).status).toBe(401);
    const account = await new HttpClient(app.baseUrl, signedIn.body.token).get(`/accounts/${viewer.accountId}`);
    expect(account.body.twoFactor).toBe('on');
    expect(JSON.stringify(account.body)).not.toContain(secret);
    expect(JSON.stringify(account.body)).not.toContain(recoveryCodes[0]);
  });

  it('accepts each recovery code once', async () => {
    const viewer = await app.signIn('viewer');
    const { recoveryCodes } = await enrol(app, viewer.token);
    const first = await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD, recoveryCode: recoveryCodes[0] });
    expect(first.status).toBe(200);
    expect((await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD, recoveryCode: recoveryCodes[0] })).status).toBe(401);
    expect((await anonymous.post('/auth/login', { email: viewer.email, password: TEST_PASSWORD, recoveryCode: recoveryCodes[1] })).status).toBe(200);
  });

  it('refuses to turn it on with a wrong first code, and lets a coordinator turn it off for a lost device', async () => {
    const viewer = await app.signIn('viewer');
    const client = new HttpClient(app.baseUrl, viewer.token);
    const started = await client.post('/accounts/me/two-factor', {});
    const refused = await client.post('/accounts/me/two-factor/confirm', { code: '000000' === totp(started.body.secret) ? '111111' : '000000' });
    expect(refused.status).toBe(422);
    expect(refused.body.field).toBe('code');
    await client.post('/accounts/me/two-factor/confirm', { code: totp(started.body.secret) });
    const coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    expect((await coordinator.post(`/accounts/${viewer.accountId}/two-factor/disable`)).status).toBe(200);
    expect(await login(app.baseUrl, viewer.email, TEST_PASSWORD)).toEqual(expect.any(String));
  });
});

describe('two-factor sign-in required for coordinators (TWO_FACTOR_REQUIRED_FOR_COORDINATORS=true)', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp({ TWO_FACTOR_REQUIRED_FOR_COORDINATORS: 'true', LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' })));
  afterAll(async () => app?.stop());

  it('lets a coordinator without it only enrol, then everything once it is on', async () => {
    const coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    const refused = await coordinator.post('/organisations', { name: 'Some Org', kind: 'ngo', country: 'TJ' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/two-factor/);
    expect((await coordinator.get('/auth/me')).status).toBe(200);
    const { secret } = await enrol(app, app.coordinatorToken);
    const session = await new HttpClient(app.baseUrl, null).post('/auth/login', {
      email: COORDINATOR_EMAIL,
      password: COORDINATOR_PASSWORD,
      code: totp(secret),
    });
    const enrolled = new HttpClient(app.baseUrl, session.body.token);
    expect((await enrolled.post('/organisations', { name: 'Some Org', kind: 'ngo', country: 'TJ' })).status).toBe(201);
    // Other roles are not restricted.
    await enrolled.post('/accounts', { email: 'plain.viewer@example.tj', name: 'Plain Viewer', password: TEST_PASSWORD, role: 'viewer' });
    const viewer = new HttpClient(app.baseUrl, await login(app.baseUrl, 'plain.viewer@example.tj', TEST_PASSWORD));
    expect((await viewer.get('/recommendations')).status).toBe(200);
  });
});
