import { HttpClient } from '../recommendations/support/http-client';
import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { MailServer } from './support/mail-server';
import { NotifyingApp, startNotifyingApp } from './support/notifying-app';

describe('preferences and the unsubscribe link (real SMTP)', () => {
  const mail = new MailServer();
  let app: NotifyingApp;
  let ministry: string;
  let forumId: string;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url } });
    ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Justice');
    forumId = await recordForum(app.coordinator, []);
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  const assignNew = async () => {
    const id = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);
    return id;
  };

  it('a muted kind is not e-mailed but still reaches the inbox; bad choices are refused naming the field', async () => {
    const quiet = await app.person('stakeholder', ministry);
    const loud = await app.person('stakeholder', ministry);
    expect((await quiet.client.get('/notifications/preferences')).body).toEqual({ mutedKinds: [], delivery: 'immediately' });
    const chosen = await quiet.client.put('/notifications/preferences', { mutedKinds: ['assigned'], delivery: 'immediately' });
    expect(chosen.body).toEqual({ mutedKinds: ['assigned'], delivery: 'immediately' });
    const bad = await quiet.client.put('/notifications/preferences', { mutedKinds: ['birthdays'], delivery: 'hourly' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('each of mutedKinds must be one of');
    expect(JSON.stringify(bad.body)).toContain('delivery must be one of');
    await assignNew();
    await mail.waitFor(() => mail.to(loud.email).length === 1);
    await waitFor(async () => (await quiet.client.get('/notifications/unread-count')).body.unread === 1);
    expect(mail.to(quiet.email)).toHaveLength(0);
  });

  it('the link in an e-mail mutes that kind for that account without signing in; a forged token is refused', async () => {
    const person = await app.person('stakeholder', ministry, 'ru');
    await assignNew();
    await mail.waitFor(() => mail.to(person.email).length === 1);
    const link = /(https:\/\/tracker\.example\.org\/notifications\/unsubscribe\?token=\S+)/.exec(mail.to(person.email)[0].text)?.[1] as string;
    const path = link.replace('https://tracker.example.org', '');
    const anonymous = new HttpClient(app.baseUrl, null);
    const page = await fetch(`${app.baseUrl}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await person.client.get('/notifications/preferences')).body.mutedKinds).toEqual([]); // opening the page mutes nothing
    const done = await anonymous.post(path);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ accountId: person.accountId, unsubscribedFrom: 'assigned' });
    expect((await person.client.get('/notifications/preferences')).body.mutedKinds).toEqual(['assigned']);
    const forged = await anonymous.post(path.replace(/token=[^.]+/, `token=${'0'.repeat(36)}`));
    expect(forged.status).toBe(422);
    expect(forged.body).toMatchObject({ error: 'RuleViolated', field: 'token' });
    const before = mail.to(person.email).length;
    await assignNew();
    await waitFor(async () => (await person.client.get('/notifications/unread-count')).body.unread === 2);
    await app.notifications.dispatcher.dispatch();
    expect(mail.to(person.email)).toHaveLength(before);
  });
  it('daily digest: held until the digest hour, then one e-mail in the language carrying each, once; the next day the next ones', async () => {
    const person = await app.person('stakeholder', ministry, 'tg');
    await person.client.put('/notifications/preferences', { mutedKinds: [], delivery: 'daily-digest' });
    const first = await assignNew();
    const second = await assignNew();
    await waitFor(async () => (await person.client.get('/notifications/unread-count')).body.unread === 2);
    app.clock.setTo('2025-03-01T06:30:00Z');
    app.notifications.evaluateReminders();
    await app.notifications.dispatcher.dispatch();
    expect(mail.to(person.email)).toHaveLength(0);
    app.clock.setTo('2025-03-01T07:10:00Z');
    app.notifications.evaluateReminders();
    await mail.waitFor(() => mail.to(person.email).length === 1);
    const [digest] = mail.to(person.email);
    expect(digest.subject).toBe('[Follow-through] Хулосаи рӯзона: 2 огоҳинома');
    expect(digest.text).toContain(`https://tracker.example.org/#/recommendations/${first}`);
    expect(digest.text).toContain(`https://tracker.example.org/#/recommendations/${second}`);
    expect(digest.text.match(/Супориши нав ба ташкилоти шумо/g)).toHaveLength(2);
    app.notifications.evaluateReminders();
    await app.notifications.dispatcher.dispatch();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.to(person.email)).toHaveLength(1);
    const third = await assignNew();
    await waitFor(async () => (await person.client.get('/notifications/unread-count')).body.unread === 3);
    app.notifications.evaluateReminders(); // the same day: today's digest is gone already
    await app.notifications.dispatcher.dispatch();
    expect(mail.to(person.email)).toHaveLength(1);
    app.clock.setTo('2025-03-02T07:10:00Z');
    app.notifications.evaluateReminders();
    await mail.waitFor(() => mail.to(person.email).length === 2);
    expect(mail.to(person.email)[1].subject).toBe('[Follow-through] Хулосаи рӯзона: 1 огоҳинома');
    expect(mail.to(person.email)[1].text).toContain(third);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
