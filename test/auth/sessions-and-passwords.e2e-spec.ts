import { JwtService } from '@nestjs/jwt';
import { HttpClient } from '../recommendations/support/http-client';
import { TEST_PASSWORD, TestApp, login, startTestApp } from '../support/test-app';

const SECRET = 'a test secret that is long enough to sign tokens';

describe('sessions end when they must; passwords follow NIST SP 800-63B', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_TOKEN_SECRET: SECRET, LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' });
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    anonymous = new HttpClient(app.baseUrl, null);
  });
  afterAll(async () => app?.stop());

  async function stillSignedIn(token: string): Promise<number> {
    return (await new HttpClient(app.baseUrl, token).get('/auth/me')).status;
  }

  it('ends every session of an account that changes its own password', async () => {
    const viewer = await app.signIn('viewer');
    const otherDevice = await login(app.baseUrl, viewer.email, TEST_PASSWORD);
    const changed = await new HttpClient(app.baseUrl, viewer.token).post(`/accounts/${viewer.accountId}/password`, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'my own new passphrase',
    });
    expect(changed.status).toBe(200);
    expect(await stillSignedIn(viewer.token)).toBe(401);
    const ended = await new HttpClient(app.baseUrl, otherDevice).get('/auth/me');
    expect(ended.status).toBe(401);
    expect(ended.body.message).toMatch(/the session has ended/);
    expect(await stillSignedIn(await login(app.baseUrl, viewer.email, 'my own new passphrase'))).toBe(200);
  });

  it('ends the sessions of an account whose password a coordinator resets, or whose role changes', async () => {
    const reset = await app.signIn('viewer');
    expect((await coordinator.post(`/accounts/${reset.accountId}/password`, { newPassword: 'reset by the secretariat' })).status).toBe(200);
    expect(await stillSignedIn(reset.token)).toBe(401);
    const promoted = await app.signIn('viewer');
    expect((await coordinator.post(`/accounts/${promoted.accountId}/role`, { role: 'coordinator' })).status).toBe(200);
    expect(await stillSignedIn(promoted.token)).toBe(401);
    const session = await anonymous.post('/auth/login', { email: promoted.email, password: TEST_PASSWORD });
    expect(session.body.principal.role).toBe('coordinator');
  });

  it('signs out everywhere: every session ends, API tokens stay until revoked', async () => {
    const viewer = await app.signIn('viewer');
    const laptop = await login(app.baseUrl, viewer.email, TEST_PASSWORD);
    const asViewer = new HttpClient(app.baseUrl, viewer.token);
    const apiToken = (await asViewer.post(`/accounts/${viewer.accountId}/api-tokens`, { label: 'sync script' })).body.token;
    expect((await asViewer.post(`/accounts/${viewer.accountId}/sign-out-everywhere`)).status).toBe(200);
    expect(await stillSignedIn(viewer.token)).toBe(401);
    expect(await stillSignedIn(laptop)).toBe(401);
    expect(await stillSignedIn(apiToken)).toBe(200);
    const other = await app.signIn('viewer');
    expect((await new HttpClient(app.baseUrl, other.token).post(`/accounts/${viewer.accountId}/sign-out-everywhere`)).status).toBe(403);
  });

  it('accepts only HS256 tokens that expire', async () => {
    const me = (await coordinator.get('/auth/me')).body;
    const claims = { sub: me.accountId, sv: 0 };
    const signer = new JwtService({ secret: SECRET });
    expect(await stillSignedIn(signer.sign(claims, { expiresIn: 60 }))).toBe(200);
    expect(await stillSignedIn(signer.sign(claims, { expiresIn: 60, algorithm: 'HS512' }))).toBe(401);
    expect(await stillSignedIn(signer.sign(claims))).toBe(401);
  });

  it.each([
    ['twelve spaces', ' '.repeat(12), 'must not be only spaces'],
    ['twelve NUL characters', '\u0000'.repeat(12), 'must not contain control characters'],
    ['a password from breaches', 'qwerty123456', 'passwords most often found in breaches'],
    ['a breached password said twice', 'sunshinesunshine', 'passwords most often found in breaches'],
    ['a sequence', '123456789012', 'repeated or sequential'],
    ['too few different characters', 'abababababab', 'repeated or sequential'],
    ['six characters after NFKC (twelve code points before)', 'e\u0301a\u0301o\u0301u\u0301i\u0301y\u0301', 'at least 12 characters'],
  ])('refuses %s as a new password, naming the field and the rule', async (_, password, reason) => {
    const reply = await coordinator.post('/accounts', { email: `weak-${Date.now()}@example.tj`, name: 'Weak', password, role: 'viewer' });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reply.body.code).toBe('ValidationFailed');
    expect(reply.body.errors).toEqual([{ field: 'password', rule: 'isAcceptablePassword', message: expect.stringContaining(reason) }]);
  });

  it('normalises a password (NFKC) before hashing: its compatibility forms sign in alike', async () => {
    const email = 'fullwidth@example.tj';
    const created = await coordinator.post('/accounts', { email, name: 'Full Width', password: 'ｆｕｌｌ ｗｉｄｔｈ ｐａｓｓ', role: 'viewer' });
    expect(created.status).toBe(201);
    expect((await anonymous.post('/auth/login', { email, password: 'full width pass' })).status).toBe(200);
  });
});
