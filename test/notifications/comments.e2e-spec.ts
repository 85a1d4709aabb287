import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { HttpClient } from '../recommendations/support/http-client';
import { propose, recordForum, registerOrganisation } from '../recommendations/support/scenario';
import { COORDINATOR_EMAIL, login, TEST_PASSWORD } from '../support/test-app';
import { MailServer } from './support/mail-server';
import { NotifyingApp, startNotifyingApp } from './support/notifying-app';

type Person = { client: HttpClient; accountId: string; email: string };

/**
 * A comment or a question on a recommendation, over real SMTP: those involved hear of it (the responsible and
 * supporting organisations' stakeholders, the coordinators, the funding donors), each in their language, never
 * the author; and neither a restart nor a rebuild of the processor's read model sends it again.
 */
describe('comments and questions reach those involved', () => {
  const mail = new MailServer();
  let app: NotifyingApp;
  let responsible: Person;
  let supporting: Person;
  let coordinator: Person;
  let donor: Person;
  let outsider: Person;
  let otherDonor: Person;
  let recommendationId: string;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url } });
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Health');
    const ngo = await registerOrganisation(app.coordinator, 'ngo', 'Legal Aid Centre');
    const unrelated = await registerOrganisation(app.coordinator, 'ngo', 'Unrelated NGO');
    const fund = await registerOrganisation(app.coordinator, 'donor', 'Spotlight Fund');
    const otherFund = await registerOrganisation(app.coordinator, 'donor', 'Other Fund');
    responsible = await app.person('stakeholder', ministry, 'en');
    supporting = await app.person('stakeholder', ngo, 'tg');
    coordinator = await app.person('coordinator', null, 'ru');
    donor = await app.person('donor', fund, 'en');
    outsider = await app.person('stakeholder', unrelated, 'en');
    otherDonor = await app.person('donor', otherFund, 'en');
    const forumId = await recordForum(app.coordinator, [fund]);
    recommendationId = await propose(app.coordinator, forumId);
    const assigned = await app.coordinator.post(`/recommendations/${recommendationId}/assign`, {
      responsibleOrganisationId: ministry,
      supportingOrganisationIds: [ngo],
      dueDate: '2025-06-30',
    });
    expect(assigned.status).toBe(200);
    await mail.waitFor(() => mail.to(responsible.email).length === 1); // the assignment
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  it('a stakeholder asks a question: the supporting organisation, the coordinators and the funding donor are told, the author is not', async () => {
    const before = mail.received.length;
    const asked = await responsible.client.post(`/recommendations/${recommendationId}/comments`, {
      kind: 'question',
      text: 'Which budget line covers the shelters?',
    });
    expect(asked.status).toBe(201);
    const expected = [supporting.email, coordinator.email, donor.email, COORDINATOR_EMAIL].sort();
    await mail.waitFor((received) => received.length - before === expected.length);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a few more dispatch passes: nothing else comes
    const told = mail.received.slice(before);
    expect(told.map((m) => m.to).sort()).toEqual(expected);
    for (const nobody of [responsible.email, outsider.email, otherDonor.email]) expect(told.some((m) => m.to === nobody)).toBe(false);

    const [toTg] = told.filter((m) => m.to === supporting.email);
    const [toRu] = told.filter((m) => m.to === coordinator.email);
    const [toEn] = told.filter((m) => m.to === donor.email);
    expect(toEn.subject).toBe('[Follow-through] A question on a recommendation');
    expect(toRu.subject).toBe('[Follow-through] Вопрос по рекомендации');
    expect(toTg.subject).toBe('[Follow-through] Савол оид ба тавсия');
    expect(toRu.language).toBe('ru');
    expect(toTg.language).toBe('tg');
    for (const message of told) {
      expect(message.text).toContain('Which budget line covers the shelters?');
      expect(message.text).toContain('Test stakeholder'); // the author's name
      expect(message.text).toContain(`https://tracker.example.org/#/recommendations/${recommendationId}`);
      expect(message.html).toContain(`href="https://tracker.example.org/#/recommendations/${recommendationId}"`);
    }
  });

  it('a donor comments: the responsible organisation now hears of it, the donor does not; the inbox has it too', async () => {
    const before = mail.received.length;
    expect((await donor.client.post(`/recommendations/${recommendationId}/comments`, { kind: 'comment', text: 'Good progress so far.' })).status).toBe(201);
    const expected = [responsible.email, supporting.email, coordinator.email, COORDINATOR_EMAIL].sort();
    await mail.waitFor((received) => received.length - before === expected.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      mail.received
        .slice(before)
        .map((m) => m.to)
        .sort(),
    ).toEqual(expected);
    expect(mail.to(responsible.email).at(-1)?.subject).toBe('[Follow-through] A comment on a recommendation');
    const inbox = await supporting.client.get('/notifications');
    expect(inbox.body.items.map((item: { kind: string }) => item.kind)).toEqual(['commented', 'commented']); // a supporting organisation is not told of the assignment itself
    expect(inbox.body.items[0].recommendationId).toBe(recommendationId);
    expect((await donor.client.get('/notifications')).body.items.map((item: { kind: string }) => item.kind)).toEqual(['commented']);
  });

  it('a comment can be muted like any other kind (it still reaches the inbox)', async () => {
    expect((await coordinator.client.put('/notifications/preferences', { mutedKinds: ['commented'], delivery: 'immediately' })).status).toBe(200);
    const before = mail.received.length;
    expect((await supporting.client.post(`/recommendations/${recommendationId}/comments`, { kind: 'comment', text: 'We have a lawyer ready.' })).status).toBe(
      201,
    );
    const expected = [responsible.email, donor.email, COORDINATOR_EMAIL].sort();
    await mail.waitFor((received) => received.length - before === expected.length);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      mail.received
        .slice(before)
        .map((m) => m.to)
        .sort(),
    ).toEqual(expected);
    const unread = await coordinator.client.get('/notifications?unread=true');
    expect(unread.body.items[0].kind).toBe('commented');
  });

  it('marks all of one’s notifications read at once, and nobody else’s', async () => {
    const donorUnread = (await donor.client.get('/notifications/unread-count')).body.unread;
    expect((await supporting.client.get('/notifications/unread-count')).body.unread).toBe(2);
    expect((await supporting.client.post('/notifications/read-all')).body).toEqual({ marked: 2, unread: 0 });
    expect((await supporting.client.post('/notifications/read-all')).body).toEqual({ marked: 0, unread: 0 });
    expect((await supporting.client.get('/notifications?unread=true')).body.total).toBe(0);
    expect((await donor.client.get('/notifications/unread-count')).body.unread).toBe(donorUnread);
  });

  it('a restart, and then a rebuild of the read model from the log, send none of them again', async () => {
    const sent = mail.received.length;
    const inboxBefore = (await supporting.client.get('/notifications')).body.total;
    await app.close(true);
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url }, dataDir: app.dataDir });
    await app.notifications.dispatcher.dispatch();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.received).toHaveLength(sent);
    await app.close(true);
    rmSync(join(app.dataDir, 'notifications'), { recursive: true, force: true });
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url }, dataDir: app.dataDir });
    await app.notifications.dispatcher.dispatch();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.notifications.dispatcher.dispatch();
    expect(mail.received).toHaveLength(sent);
    const rows = app.notifications.db.prepare(`SELECT state, COUNT(*) AS n FROM notifications WHERE kind = 'commented' GROUP BY state ORDER BY state`).all();
    // 4 + 4 + 3 e-mails sent; 4 + 4 + 4 in the inboxes (two muted e-mails never queued).
    expect(rows).toEqual([
      { state: 'recorded', n: 12n },
      { state: 'sent', n: 11n },
    ]);
    const client = new HttpClient(app.baseUrl, await login(app.baseUrl, supporting.email, TEST_PASSWORD));
    expect((await client.get('/notifications')).body.total).toBe(inboxBefore);
  });
});
