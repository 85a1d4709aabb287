import { JwtService } from '@nestjs/jwt';
import { HttpClient } from '../recommendations/support/http-client';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD, TestApp, login, startTestApp } from '../support/test-app';

const SECRET = 'a test secret that is long enough to sign tokens';

describe('authentication and accounts', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let anonymous: HttpClient;
  let organisationId: string;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_TOKEN_SECRET: SECRET, LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    anonymous = new HttpClient(app.baseUrl, null);
    organisationId = (await coordinator.post('/organisations', { name: 'Korvoni Umed', kind: 'shelter', country: 'TJ' })).body.id;
  });
  afterAll(async () => app?.stop());

  it('signs in with e-mail and password, and says who the token belongs to', async () => {
    const session = await anonymous.post('/auth/login', { email: COORDINATOR_EMAIL.toUpperCase(), password: COORDINATOR_PASSWORD });
    expect(session.status).toBe(200);
    expect(session.body.principal).toMatchObject({ role: 'coordinator', organisationId: null });
    expect(Date.parse(session.body.expiresAt)).toBeGreaterThan(Date.now());
    const me = await new HttpClient(app.baseUrl, session.body.token).get('/auth/me');
    expect(me.body).toEqual(session.body.principal);
  });

  it('refuses a wrong password, then throttles after too many failures', async () => {
    const stakeholder = await app.signIn('stakeholder', organisationId);
    const wrong = { email: stakeholder.email, password: 'not the password at all' };
    for (let i = 0; i < 3; i++) {
      const reply = await anonymous.post('/auth/login', wrong);
      expect(reply.status).toBe(401);
      expect(reply.body.message).toBe('wrong e-mail or password, or the account is deactivated');
    }
    const throttled = await anonymous.post('/auth/login', { ...wrong, password: TEST_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses missing, tampered and expired tokens with 401', async () => {
    expect((await anonymous.get('/auth/me')).status).toBe(401);
    const [header, payload, signature] = app.coordinatorToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
    const tampered = await new HttpClient(app.baseUrl, `${header}.${forged}.${signature}`).get('/auth/me');
    expect(tampered.status).toBe(401);
    expect(tampered.body.message).toMatch(/not valid/);
    const accountId = (await coordinator.get('/auth/me')).body.accountId;
    const expiredToken = new JwtService({ secret: SECRET }).sign({ sub: accountId, exp: Math.floor(Date.now() / 1000) - 5 });
    const expired = await new HttpClient(app.baseUrl, expiredToken).get('/auth/me');
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/);
    const otherSecret = new JwtService({ secret: 'x'.repeat(40) }).sign({ sub: accountId });
    expect((await new HttpClient(app.baseUrl, otherSecret).get('/auth/me')).status).toBe(401);
  });

  it('issues an API token shown once, which works until it is revoked', async () => {
    const donorOrganisation = (await coordinator.post('/organisations', { name: 'INL', kind: 'donor', country: 'US' })).body.id;
    const donor = await app.signIn('donor', donorOrganisation);
    const asDonor = new HttpClient(app.baseUrl, donor.token);
    const issued = await asDonor.post(`/accounts/${donor.accountId}/api-tokens`, { label: 'reporting script' });
    expect(issued.status).toBe(201);
    const script = new HttpClient(app.baseUrl, issued.body.token);
    expect((await script.get('/auth/me')).body).toMatchObject({ accountId: donor.accountId, role: 'donor' });
    const account = await asDonor.get(`/accounts/${donor.accountId}`);
    const secret = issued.body.token.split('_').slice(3).join('_'); // the secret is base64url, which may itself hold '_'
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(account.body)).not.toContain(secret);
    expect(JSON.stringify(account.body)).not.toMatch(/scrypt\$/);
    expect((await asDonor.post(`/accounts/${donor.accountId}/api-tokens/${issued.body.tokenId}/revoke`)).status).toBe(200);
    const revoked = await script.get('/auth/me');
    expect(revoked.status).toBe(401);
    expect(revoked.body.message).toBe('the API token has been revoked');
  });

  it('stops every token of a deactivated account at once', async () => {
    const stakeholder = await app.signIn('stakeholder', organisationId);
    const asStakeholder = new HttpClient(app.baseUrl, stakeholder.token);
    const apiToken = (await asStakeholder.post(`/accounts/${stakeholder.accountId}/api-tokens`, { label: 'sync' })).body.token;
    expect((await coordinator.post(`/accounts/${stakeholder.accountId}/deactivate`, { reason: 'left the organisation' })).status).toBe(200);
    expect((await asStakeholder.get('/auth/me')).status).toBe(401);
    expect((await new HttpClient(app.baseUrl, apiToken).get('/auth/me')).status).toBe(401);
    expect((await anonymous.post('/auth/login', { email: stakeholder.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('records the caller as the actor of account events, and shows them in the audit log', async () => {
    const me = (await coordinator.get('/auth/me')).body;
    const created = await coordinator.post('/accounts', { email: 'audit@example.tj', name: 'Audit', password: TEST_PASSWORD, role: 'viewer' });
    const account = await coordinator.get(`/accounts/${created.body.id}`);
    expect(account.body.history[0].metadata.actor).toEqual(me);
    const position = created.headers.get('x-event-position');
    const audit = await coordinator.get(`/audit/accounts?accountId=${created.body.id}&minPosition=${position}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ type: 'AccountCreated', actor: me })]);
    expect(audit.body.items[0].details.passwordHash).toBe('[redacted]');
  });

  it('refuses a second account with the same e-mail, and bad input naming the field', async () => {
    const body = { email: 'same@example.tj', name: 'Same', password: TEST_PASSWORD, role: 'viewer' };
    const replies = await Promise.all([coordinator.post('/accounts', body), coordinator.post('/accounts', body)]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 422]);
    const weak = await coordinator.post('/accounts', { ...body, email: 'weak@example.tj', password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.message).toContain('password must be at least 12 characters');
    const noOrganisation = await coordinator.post('/accounts', { ...body, email: 'donor@example.tj', role: 'donor' });
    expect(noOrganisation.status).toBe(422);
    expect(noOrganisation.body.field).toBe('organisationId');
  });

  it('names the role needed when a role may not call a route', async () => {
    const viewer = new HttpClient(app.baseUrl, (await app.signIn('viewer')).token);
    const reply = await viewer.post('/organisations', { name: 'X Org', kind: 'ngo', country: 'TJ' });
    expect(reply.status).toBe(403);
    expect(reply.body.message).toBe('this needs the role coordinator; you are viewer');
  });

  it('lets a user change their own password only with the current one', async () => {
    const viewer = await app.signIn('viewer');
    const asViewer = new HttpClient(app.baseUrl, viewer.token);
    const without = await asViewer.post(`/accounts/${viewer.accountId}/password`, { newPassword: 'a brand new passphrase' });
    expect(without.status).toBe(422);
    const changed = await asViewer.post(`/accounts/${viewer.accountId}/password`, { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(200);
    expect(await login(app.baseUrl, viewer.email, 'a brand new passphrase')).toEqual(expect.any(String));
  });

  it('serves health publicly, sets security headers, keeps CORS closed and limits body size', async () => {
    const health = await fetch(`${app.baseUrl}/health`, { headers: { origin: 'https://evil.example' } });
    expect(health.status).toBe(200);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(health.headers.get('access-control-allow-origin')).toBeNull();
    const big = await coordinator.post('/organisations', { name: 'x'.repeat(200_000), kind: 'ngo', country: 'TJ' });
    expect(big.status).toBe(413);
    expect((await fetch(`${app.baseUrl}/docs/openapi.json`)).status).toBe(200);
  });
});
