import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { MailServer } from './support/mail-server';
import { startNotifyingApp, TestClock } from './support/notifying-app';

/** The processor's read model thrown away and rebuilt from the log: what was sent is not sent again. */
it('a restart with the notification read model rebuilt from the start sends nothing twice and keeps what was read', async () => {
  const mail = new MailServer();
  await mail.start();
  const clock = new TestClock('2025-06-20T09:00:00Z'); // 10 days before the due date: a due-soon reminder too
  const env = { SMTP_URL: mail.url };
  const first = await startNotifyingApp({ env, clock });
  const ministry = await registerOrganisation(first.coordinator, 'ministry', 'Ministry of Interior');
  const person = await first.person('stakeholder', ministry, 'ru');
  const forumId = await recordForum(first.coordinator, []);
  const id = await propose(first.coordinator, forumId);
  expect((await first.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);
  await mail.waitFor(() => mail.to(person.email).length === 1);
  first.notifications.evaluateReminders();
  await mail.waitFor(() => mail.to(person.email).length === 2);
  const inbox = await person.client.get('/notifications');
  expect(inbox.body.total).toBe(2);
  await person.client.post(`/notifications/${inbox.body.items[0].id}/read`);
  await first.close(true);

  rmSync(join(first.dataDir, 'notifications'), { recursive: true, force: true });
  const second = await startNotifyingApp({ env, clock, dataDir: first.dataDir });
  try {
    second.notifications.evaluateReminders();
    await second.notifications.dispatcher.dispatch();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await second.notifications.dispatcher.dispatch();
    expect(mail.received).toHaveLength(2);
    const rebuilt = second.notifications.db.prepare(`SELECT kind, channel, state FROM notifications ORDER BY kind, channel`).all();
    expect(rebuilt).toEqual([
      { kind: 'assigned', channel: 'email', state: 'sent' },
      { kind: 'assigned', channel: 'in-app', state: 'recorded' },
      { kind: 'due-soon', channel: 'email', state: 'sent' },
      { kind: 'due-soon', channel: 'in-app', state: 'recorded' },
    ]);
    const unread = (await second.notifications.db.prepare(`SELECT COUNT(*) AS n FROM notifications WHERE channel = 'in-app' AND read_at IS NULL`).get()) as {
      n: bigint;
    };
    expect(Number(unread.n)).toBe(1);
  } finally {
    await second.close();
    await mail.stop();
  }
});
