import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { MailServer } from './support/mail-server';
import { NotifyingApp, startNotifyingApp } from './support/notifying-app';

/** A relay that refuses for a while, then recovers; and one that refuses an address for good. */
describe('SMTP failures (real SMTP server)', () => {
  const mail = new MailServer();
  let app: NotifyingApp;
  let ministry: string;
  let forumId: string;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({ env: { SMTP_URL: mail.url } });
    ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Health');
    forumId = await recordForum(app.coordinator, []);
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  async function assignNew(): Promise<string> {
    const id = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);
    return id;
  }

  const eventsOf = (type: string) =>
    app.notifications.db.prepare(`SELECT COUNT(*) AS n FROM notifications WHERE channel = 'email' AND state = ?`).get(type) as { n: bigint };

  it('retries with backoff while the relay refuses, then delivers each message once', async () => {
    const people = await Promise.all([1, 2, 3].map(() => app.person('stakeholder', ministry)));
    mail.refuseNext = 7;
    await assignNew();
    await assignNew();
    await mail.waitFor((received) => received.length === 6);
    await new Promise((resolve) => setTimeout(resolve, 600)); // more passes: nothing more goes out
    expect(mail.refused).toBe(7);
    expect(mail.received).toHaveLength(6);
    expect(new Set(mail.received.map((m) => m.messageId)).size).toBe(6);
    for (const person of people) expect(mail.to(person.email)).toHaveLength(2);
    const attempts = app.notifications.db.prepare(`SELECT SUM(attempts) AS n FROM notifications WHERE channel = 'email' AND state = 'sent'`).get() as {
      n: bigint;
    };
    expect(Number(attempts.n)).toBe(6 + 7); // every refusal was an attempt recorded in the log
    expect(Number(eventsOf('sent').n)).toBe(6);
  });

  it('marks an address the relay refuses for good, shows it to coordinators, and stops e-mailing it (the inbox still gets it)', async () => {
    const gone = await app.person('stakeholder', ministry, 'en', `gone-${Date.now()}@follow-through.test`);
    mail.unknownAddresses.add(gone.email);
    const before = mail.received.length;
    await assignNew();
    await mail.waitFor((received) => received.length === before + 3); // the three others
    await waitFor(() => Number(eventsOf('rejected').n) === 1);
    const rejected = await app.coordinator.get('/notifications/rejected-addresses');
    expect(rejected.body.items).toEqual([expect.objectContaining({ accountId: gone.accountId, address: gone.email, stillCurrent: true })]);
    expect((await gone.client.get('/notifications/rejected-addresses')).status).toBe(403);
    await assignNew();
    await mail.waitFor((received) => received.length === before + 6);
    await waitFor(async () => (await gone.client.get('/notifications/unread-count')).body.unread === 2);
    const toGone = app.notifications.db.prepare(`SELECT state FROM notifications WHERE recipient_account_id = ? AND channel = 'email'`).all(gone.accountId) as {
      state: string;
    }[];
    expect(toGone.map((row) => row.state)).toEqual(['rejected']); // the second was never queued for e-mail
  });
});

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
