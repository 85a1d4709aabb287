import { passwordHashingWork } from '../../src/credentials/password-hashing';
import { HttpClient } from '../recommendations/support/http-client';
import { TEST_PASSWORD, TestApp, startTestApp } from '../support/test-app';

/** scrypt runs this process has done since `before`: the work a burst made the server do. */
function verificationsSince(before: ReturnType<typeof passwordHashingWork>): number {
  return passwordHashingWork().verified - before.verified;
}

describe('sign-in under attack', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let anonymous: HttpClient;

  beforeAll(async () => {
    app = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '5', LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '40' });
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    anonymous = new HttpClient(app.baseUrl, null);
  });
  afterAll(async () => app?.stop());

  it('checks at most the limit of 200 parallel wrong passwords for one account, and a legitimate sign-in still goes through', async () => {
    const target = await app.signIn('viewer');
    const bystander = await app.signIn('viewer');
    const before = passwordHashingWork();
    const burst = Array.from({ length: 200 }, () => anonymous.post('/auth/login', { email: target.email, password: 'a wrong guess of a passphrase' }));
    const legitimate = anonymous.post('/auth/login', { email: bystander.email, password: TEST_PASSWORD });
    const replies = await Promise.all(burst);
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(195);
    expect((await legitimate).status).toBe(200);
    // Five wrong passwords and the bystander's were hashed; the other 195 were refused before any hashing.
    expect(verificationsSince(before)).toBe(6);
    const refused = replies.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'TooManyAttempts' });
    // Even the right password is refused for this e-mail from this address until the window has passed.
    expect((await anonymous.post('/auth/login', { email: target.email, password: TEST_PASSWORD })).status).toBe(429);
  });

  it('does the same hashing work for an unknown e-mail, a deactivated account and a wrong password', async () => {
    const known = await app.signIn('viewer');
    const leaving = await app.signIn('viewer');
    await coordinator.post(`/accounts/${leaving.accountId}/deactivate`, { reason: 'left the committee' });
    for (const email of [known.email, 'nobody-at-all@follow-through.test', leaving.email]) {
      const before = passwordHashingWork();
      const reply = await anonymous.post('/auth/login', { email, password: email === leaving.email ? TEST_PASSWORD : 'a wrong guess of a passphrase' });
      expect(reply.status).toBe(401);
      expect(reply.body.message).toBe('wrong e-mail or password, or the account is deactivated');
      expect(verificationsSince(before)).toBe(1);
    }
  });

  it('throttles the current-password check of a password change: 30 wrong guesses, 5 checked', async () => {
    const viewer = await app.signIn('viewer');
    const asViewer = new HttpClient(app.baseUrl, viewer.token);
    const before = passwordHashingWork();
    const replies = await Promise.all(
      Array.from({ length: 30 }, () =>
        asViewer.post(`/accounts/${viewer.accountId}/password`, {
          currentPassword: 'a wrong guess of a passphrase',
          newPassword: 'a fresh passphrase of mine',
        }),
      ),
    );
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 422)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    expect(verificationsSince(before)).toBe(5);
  });

  it('limits sign-ins per client address across many e-mails', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      statuses.push((await anonymous.post('/auth/login', { email: `sprayed-${i}@follow-through.test`, password: 'a wrong guess of a passphrase' })).status);
    }
    // Earlier tests of this file used some of the address's 40 attempts of this minute.
    expect(statuses.filter((s) => s === 401).length).toBeLessThan(40);
    expect(statuses.slice(-5)).toEqual([429, 429, 429, 429, 429]);
  });
});

describe('the client address behind a proxy', () => {
  const guess = (client: HttpClient, email: string, forwardedFor: string) =>
    client.post('/auth/login', { email, password: 'a wrong guess of a passphrase' }, { 'x-forwarded-for': forwardedFor });

  it('ignores X-Forwarded-For unless TRUST_PROXY says so: rotating it does not pass the limit', async () => {
    const app = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3' });
    try {
      const target = await app.signIn('viewer');
      const anonymous = new HttpClient(app.baseUrl, null);
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await guess(anonymous, target.email, `10.0.0.${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await app.stop();
    }
  });

  it('with TRUST_PROXY=loopback counts per forwarded client address', async () => {
    const app = await startTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
    try {
      const target = await app.signIn('viewer');
      const anonymous = new HttpClient(app.baseUrl, null);
      for (let i = 0; i < 3; i++) expect((await guess(anonymous, target.email, '10.0.0.1')).status).toBe(401);
      expect((await guess(anonymous, target.email, '10.0.0.1')).status).toBe(429);
      expect((await guess(anonymous, target.email, '10.0.0.2')).status).toBe(401);
    } finally {
      await app.stop();
    }
  });
});
