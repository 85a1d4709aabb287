import { EventStore } from '../../src/event-store/event-store.port';
import { HttpClient } from '../recommendations/support/http-client';
import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { login, TEST_PASSWORD } from '../support/test-app';
import { MailServer } from './support/mail-server';
import { NotifyingApp, startNotifyingApp } from './support/notifying-app';

const linkIn = (text: string) => /https:\/\/tracker\.example\.org\/#\/choose-password\?token=(\S+)/.exec(text);

/**
 * Invitation and password-reset e-mails, over real SMTP: the link in the mail works (a password is chosen with
 * it over HTTP and the person signs in), the token appears nowhere in the log, and what was sent is recorded.
 * A relay that refuses an address for good marks it on the account for the coordinators; a later delivery clears it.
 */
describe('account links by e-mail', () => {
  const mail = new MailServer();
  let app: NotifyingApp;
  let store: EventStore;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url } });
    store = app.app.get(EventStore);
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  async function logText(): Promise<string> {
    return JSON.stringify((await store.readAll()).map((event) => [event.type, event.data, event.metadata]));
  }

  it('an invitation arrives with a link that works; the coordinator is not shown the token; the log never holds it', async () => {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Justice');
    const email = 'invited.person@follow-through.test';
    const created = await app.coordinator.post('/accounts', { email, name: 'Invited Person', role: 'stakeholder', organisationId: ministry });
    expect(created.status).toBe(201);
    expect(created.body.invitation).toMatchObject({ token: null, emailed: { to: email } });
    await mail.waitFor(() => mail.to(email).length === 1);
    const [invitation] = mail.to(email);
    expect(invitation.subject).toBe('[Follow-through] Your invitation to Follow-through');
    expect(invitation.text).toContain('Dear Invited Person,');
    expect(invitation.listUnsubscribe).toBeUndefined();
    const token = decodeURIComponent(linkIn(invitation.text)![1]);
    expect(invitation.html).toContain(`href="https://tracker.example.org/#/choose-password?token=${encodeURIComponent(token)}"`);
    expect(token).toMatch(/^pr_/);
    const secret = token.split('_').at(-1)!;
    expect(await logText()).not.toContain(secret);

    const chosen = await new HttpClient(app.baseUrl, null).post('/auth/reset-password', { token, newPassword: TEST_PASSWORD });
    expect(chosen.status).toBe(200);
    const signedIn = new HttpClient(app.baseUrl, await login(app.baseUrl, email, TEST_PASSWORD));
    expect((await signedIn.get('/auth/me')).body.accountId).toBe(created.body.id);
    // The link works once.
    expect((await new HttpClient(app.baseUrl, null).post('/auth/reset-password', { token, newPassword: 'yet another passphrase here' })).status).toBe(422);

    // Recorded as a notification, without the token: who was sent what, when, and what the relay said.
    const recorded = app.notifications.db
      .prepare(`SELECT kind, channel, state, language FROM notifications WHERE recipient_account_id = ? AND kind = 'invitation'`)
      .all(created.body.id);
    expect(recorded).toEqual([{ kind: 'invitation', channel: 'email', state: 'sent', language: 'en' }]);
    expect(await logText()).toContain('"NotificationSent"');
  });

  it('a password reset arrives in the person’s language, and the new password works', async () => {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Labour');
    const person = await app.person('stakeholder', ministry, 'ru');
    const issued = await app.coordinator.post(`/accounts/${person.accountId}/password-link`, { purpose: 'reset' });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ token: null, emailed: { to: person.email } });
    await mail.waitFor(() => mail.to(person.email).length === 1);
    const [reset] = mail.to(person.email);
    expect(reset.subject).toBe('[Follow-through] Выберите новый пароль');
    expect(reset.language).toBe('ru');
    const token = decodeURIComponent(linkIn(reset.text)![1]);
    expect(await logText()).not.toContain(token.split('_').at(-1)!);
    expect((await new HttpClient(app.baseUrl, null).post('/auth/reset-password', { token, newPassword: 'a brand new passphrase' })).status).toBe(200);
    expect(await login(app.baseUrl, person.email, 'a brand new passphrase')).toEqual(expect.any(String));
  });

  it('a refused address is marked on the account and shown to coordinators; a later delivery clears it', async () => {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Finance');
    const person = await app.person('stakeholder', ministry, 'en', 'nobody.here@follow-through.test');
    mail.unknownAddresses.add(person.email);
    const forumId = await recordForum(app.coordinator, []);
    const id = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);

    const refused = await eventually(async () => {
      const list = await app.coordinator.get(`/accounts?q=nobody.here`);
      return list.body.items[0]?.emailRefused ? list.body.items[0] : null;
    });
    expect(refused.emailRefused).toEqual({ address: person.email, response: expect.stringContaining('550') });
    const account = await app.coordinator.get(`/accounts/${person.accountId}`);
    expect(account.body.emailRefused).toEqual(refused.emailRefused);
    const history = account.body.history.map((entry: { type: string }) => entry.type);
    expect(history).toContain('EmailAddressRefused');

    // Refused again (a reset link to it): the mark is not written twice; the coordinator gets the token to hand over.
    const again = await app.coordinator.post(`/accounts/${person.accountId}/password-link`, { purpose: 'reset' });
    expect(again.body.emailed).toBeNull();
    expect(again.body.token).toMatch(/^pr_/);

    mail.unknownAddresses.delete(person.email); // the mailbox is made
    const delivered = await app.coordinator.post(`/accounts/${person.accountId}/password-link`, { purpose: 'reset' });
    expect(delivered.body).toMatchObject({ token: null, emailed: { to: person.email } });
    await eventually(async () => ((await app.coordinator.get(`/accounts?q=nobody.here`)).body.items[0].emailRefused === null ? true : null));
    const after = (await app.coordinator.get(`/accounts/${person.accountId}`)).body;
    expect(after.emailRefused).toBeNull();
    const types = after.history.map((entry: { type: string }) => entry.type);
    expect(types.filter((type: string) => type === 'EmailAddressRefused')).toHaveLength(1);
    expect(types.at(-1)).toBe('EmailAddressRefusalCleared');
    // Notifications are e-mailed to it again.
    const next = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${next}/assign`, validBody.assign(ministry))).status).toBe(200);
    await mail.waitFor(() => mail.to(person.email).some((m) => m.subject === '[Follow-through] New assignment for your organisation'));
  });
});

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
