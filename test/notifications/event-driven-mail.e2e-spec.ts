import { HttpClient } from '../recommendations/support/http-client';
import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { MailServer } from './support/mail-server';
import { NotifyingApp, startNotifyingApp } from './support/notifying-app';

/**
 * The real app and a real SMTP server: what the log says happened reaches the right people, once, in their
 * language, with the links; and lands in their inbox.
 */
describe('notifications driven by the event log, over real SMTP', () => {
  const mail = new MailServer();
  let app: NotifyingApp;
  let ru: { client: HttpClient; accountId: string; email: string };
  let tg: { client: HttpClient; accountId: string; email: string };
  let donor: { client: HttpClient; accountId: string; email: string };
  let recommendationId: string;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url } });
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Education');
    const donorOrg = await registerOrganisation(app.coordinator, 'donor', 'Gender Fund');
    ru = await app.person('stakeholder', ministry, 'ru');
    tg = await app.person('stakeholder', ministry, 'tg');
    donor = await app.person('donor', donorOrg, 'en');
    const forumId = await recordForum(app.coordinator, [donorOrg]);
    recommendationId = await propose(app.coordinator, forumId);
    const assigned = await app.coordinator.post(`/recommendations/${recommendationId}/assign`, validBody.assign(ministry));
    expect(assigned.status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  it('tells the stakeholders of the organisation made responsible, each in their language, with both links', async () => {
    await mail.waitFor(() => mail.to(ru.email).length === 1 && mail.to(tg.email).length === 1);
    const [toRu] = mail.to(ru.email);
    const [toTg] = mail.to(tg.email);
    expect(toRu.subject).toBe('[Follow-through] Новое поручение вашей организации');
    expect(toTg.subject).toBe('[Follow-through] Супориши нав ба ташкилоти шумо');
    expect(toRu.language).toBe('ru');
    expect(toTg.language).toBe('tg');
    for (const message of [toRu, toTg]) {
      expect(message.parsed.from?.value[0]).toMatchObject({ name: 'Follow-through', address: 'no-reply@tracker.example.org' });
      expect(message.text).toContain(`https://tracker.example.org/#/recommendations/${recommendationId}`);
      expect(message.html).toContain(`href="https://tracker.example.org/#/recommendations/${recommendationId}"`);
      expect(message.text).toMatch(/https:\/\/tracker\.example\.org\/notifications\/unsubscribe\?token=\S+/);
      expect(message.listUnsubscribe).toContain('https://tracker.example.org/notifications/unsubscribe?token=');
      expect(message.text).toContain('Ministry of Education');
      expect(message.messageId).toMatch(/^<[0-9a-f-]{36}@tracker\.example\.org>$/);
    }
    expect(toRu.text).toContain('Здравствуйте');
    expect(toTg.text).toContain('Ассалому алейкум');
  });

  it('asks the funding donors to verify an implementation, and tells the responsible organisation of a dispute', async () => {
    for (const step of ['accept', 'start', 'implemented'] as const) {
      const reply = await ru.client.post(`/recommendations/${recommendationId}/${step}`, validBody[step]());
      expect([200, 201]).toContain(reply.status);
    }
    await mail.waitFor(() => mail.to(donor.email).length === 1);
    expect(mail.to(donor.email)[0].subject).toBe('[Follow-through] Implementation awaiting your verification');
    expect(mail.to(donor.email)[0].text).toContain('Ministry of Education reports a recommendation of "Regional conference');
    const disputed = await donor.client.post(`/recommendations/${recommendationId}/dispute`, validBody.dispute());
    expect(disputed.status).toBe(200);
    await mail.waitFor(() => mail.to(ru.email).length === 2 && mail.to(tg.email).length === 2);
    expect(mail.to(ru.email)[1].subject).toBe('[Follow-through] Выполнение оспорено');
    expect(mail.to(tg.email)[1].subject).toBe('[Follow-through] Ба иҷро эътироз шуд');
  });

  it('sends each notification once, and records each as an event with its message id and language', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500)); // a few more dispatch passes
    expect(mail.received).toHaveLength(5);
    expect(new Set(mail.received.map((m) => m.messageId)).size).toBe(5);
    const sent = app.notifications.db
      .prepare(`SELECT kind, language, message_id FROM notifications WHERE channel = 'email' AND state = 'sent' ORDER BY seq`)
      .all() as { kind: string; language: string; message_id: string }[];
    expect(sent.map((row) => row.kind)).toEqual(['assigned', 'assigned', 'verification-awaited', 'disputed', 'disputed']);
    expect(new Set(sent.map((row) => row.message_id))).toEqual(new Set(mail.received.map((m) => m.messageId)));
    const audit = await donor.client.get(`/notifications/audit?recommendationId=${recommendationId}`);
    const emailed = audit.body.items.filter((item: { channel: string }) => item.channel === 'email');
    expect(
      emailed.map((item: { kind: string; recipient: { accountId: string }; state: string; language: string }) => [
        item.kind,
        item.recipient.accountId,
        item.state,
        item.language,
      ]),
    ).toEqual([
      [
        'assigned',
        ...[ru, tg]
          .map((p) => p.accountId)
          .sort()
          .slice(0, 1),
        'sent',
        expect.any(String),
      ],
      [
        'assigned',
        ...[ru, tg]
          .map((p) => p.accountId)
          .sort()
          .slice(1),
        'sent',
        expect.any(String),
      ],
      ['verification-awaited', donor.accountId, 'sent', 'en'],
      [
        'disputed',
        ...[ru, tg]
          .map((p) => p.accountId)
          .sort()
          .slice(0, 1),
        'sent',
        expect.any(String),
      ],
      [
        'disputed',
        ...[ru, tg]
          .map((p) => p.accountId)
          .sort()
          .slice(1),
        'sent',
        expect.any(String),
      ],
    ]);
    expect((await ru.client.get(`/notifications/audit?recommendationId=${recommendationId}`)).status).toBe(403);
    expect((await donor.client.get('/notifications/audit?recommendationId=nope')).status).toBe(400);
    // A donor that does not fund the forum learns nothing, not even that the recommendation exists.
    const otherDonor = await app.person('donor', await registerOrganisation(app.coordinator, 'donor', 'Another Fund'), 'en');
    expect((await otherDonor.client.get(`/notifications/audit?recommendationId=${recommendationId}`)).status).toBe(404);
  });

  it('keeps them in the inbox: list, unread count, mark read (twice is once)', async () => {
    await waitUntil(async () => (await ru.client.get('/notifications/unread-count')).body.unread === 2);
    const list = await ru.client.get('/notifications');
    expect(list.body.items.map((item: { kind: string }) => item.kind)).toEqual(['disputed', 'assigned']);
    expect((await ru.client.get('/notifications?offset=1.4e%2B180')).status).toBe(400); // an integer SQLite cannot bind
    const first = list.body.items[0].id;
    expect((await ru.client.post(`/notifications/${first}/read`)).body).toEqual({ id: first, read: true, unread: 1 });
    expect((await ru.client.post(`/notifications/${first}/read`)).body.unread).toBe(1);
    expect((await ru.client.get('/notifications?unread=true')).body.items.map((item: { id: string }) => item.id)).not.toContain(first);
    expect((await tg.client.post(`/notifications/${first}/read`)).status).toBe(404);
    const bad = await ru.client.get('/notifications?limit=0');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('limit must not be less than 1');
  });
});

describe('declined and verified, over real SMTP', () => {
  const mail = new MailServer();
  let app: NotifyingApp;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url } });
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  it('tells the coordinators of a declined assignment, and the responsible organisation of a verified implementation', async () => {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Energy');
    const donorOrg = await registerOrganisation(app.coordinator, 'donor', 'Energy Fund');
    const stakeholder = await app.person('stakeholder', ministry, 'ru');
    const coordinator = await app.person('coordinator', null, 'tg');
    const donor = await app.person('donor', donorOrg);
    const forumId = await recordForum(app.coordinator, [donorOrg]);
    const declinedId = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${declinedId}/assign`, validBody.assign(ministry))).status).toBe(200);
    expect((await stakeholder.client.post(`/recommendations/${declinedId}/decline`, validBody.decline())).status).toBe(200);
    await mail.waitFor(() => mail.to(coordinator.email).length === 1 && mail.to('coordinator@follow-through.test').length === 1);
    expect(mail.to(coordinator.email)[0].subject).toBe('[Follow-through] Супориш рад карда шуд');
    expect(mail.to('coordinator@follow-through.test')[0].subject).toBe('[Follow-through] An assignment was declined');
    expect(mail.to(coordinator.email)[0].text).toContain(`/#/recommendations/${declinedId}`);

    const verifiedId = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${verifiedId}/assign`, validBody.assign(ministry))).status).toBe(200);
    for (const step of ['accept', 'start', 'implemented'] as const) {
      expect([200, 201]).toContain((await stakeholder.client.post(`/recommendations/${verifiedId}/${step}`, validBody[step]())).status);
    }
    expect((await donor.client.post(`/recommendations/${verifiedId}/verify`, validBody.verify())).status).toBe(200);
    await mail.waitFor(() => mail.to(stakeholder.email).length === 3); // two assignments, one verification
    expect(mail.to(stakeholder.email).map((m) => m.subject)).toEqual([
      '[Follow-through] Новое поручение вашей организации',
      '[Follow-through] Новое поручение вашей организации',
      '[Follow-through] Выполнение подтверждено',
    ]);
    expect(mail.to(stakeholder.email)[2].text).toContain(`/#/recommendations/${verifiedId}`);
  });
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
