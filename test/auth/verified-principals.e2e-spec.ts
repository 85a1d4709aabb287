import { VerifiedPrincipals } from '../../src/auth/verified-principals';
import { HttpClient } from '../recommendations/support/http-client';
import { TEST_PASSWORD, TestApp, login, startTestApp } from '../support/test-app';

// The principal cache is set to a minute here: a refusal seen at once can only come from the account's change
// reaching the cache, never from an entry that timed out.
describe('verified principals are reused, and a change to the account ends that at once', () => {
  let app: TestApp;
  let coordinator: HttpClient;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PRINCIPAL_CACHE_MS: '60000', LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE: '1000' });
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
  });
  afterAll(async () => app?.stop());

  const me = async (token: string) => (await new HttpClient(app.baseUrl, token).get('/auth/me')).status;

  it('refuses a deactivated account on its very next request, though its token was just verified', async () => {
    const viewer = await app.signIn('viewer');
    expect(await me(viewer.token)).toBe(200);
    expect(await me(viewer.token)).toBe(200);
    expect(app.app.get(VerifiedPrincipals).find(viewer.token)?.principal.accountId).toBe(viewer.accountId);
    expect((await coordinator.post(`/accounts/${viewer.accountId}/deactivate`, { reason: 'left the organisation' })).status).toBe(200);
    expect(await me(viewer.token)).toBe(401);
  });

  it('refuses a revoked API token on its very next request', async () => {
    const viewer = await app.signIn('viewer');
    const asViewer = new HttpClient(app.baseUrl, viewer.token);
    const issued = (await asViewer.post(`/accounts/${viewer.accountId}/api-tokens`, { label: 'sync script' })).body;
    expect(await me(issued.token)).toBe(200);
    expect(app.app.get(VerifiedPrincipals).find(issued.token)).toBeDefined();
    expect((await asViewer.post(`/accounts/${viewer.accountId}/api-tokens/${issued.tokenId}/revoke`)).status).toBe(200);
    const refused = await new HttpClient(app.baseUrl, issued.token).get('/auth/me');
    expect(refused.status).toBe(401);
    expect(refused.body.message).toMatch(/revoked/);
  });

  it('ends a session used a moment ago on another device when its account signs out everywhere', async () => {
    const viewer = await app.signIn('viewer');
    const laptop = await login(app.baseUrl, viewer.email, TEST_PASSWORD);
    expect(await me(laptop)).toBe(200);
    expect((await new HttpClient(app.baseUrl, viewer.token).post(`/accounts/${viewer.accountId}/sign-out-everywhere`)).status).toBe(200);
    expect(await me(laptop)).toBe(401);
  });

  it('answers a changed role with the new role, not the remembered one', async () => {
    const viewer = await app.signIn('viewer');
    expect((await new HttpClient(app.baseUrl, viewer.token).get('/auth/me')).body.role).toBe('viewer');
    expect((await coordinator.post(`/accounts/${viewer.accountId}/role`, { role: 'coordinator' })).status).toBe(200);
    expect(await me(viewer.token)).toBe(401);
  });
});
