import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { MailServer } from './support/mail-server';
import { NotifyingApp, startNotifyingApp, TestClock } from './support/notifying-app';

/**
 * Reminders against the due date (2025-06-30) on an injected clock, thresholds 14 and 3, escalation after 10 days.
 * Expected by hand: what each day adds, counted from the calendar, not from the code's rules.
 */
const DAYS: [string, string[]][] = [
  ['2025-06-01', []], // 29 days left
  ['2025-06-16', ['stakeholder:[Follow-through] Due in 14 days']],
  ['2025-06-17', []], // 13 days left: the 14-day reminder stands already
  ['2025-06-26', []], // 4 days left
  ['2025-06-27', ['stakeholder:[Follow-through] Due in 3 days']],
  ['2025-06-30', []], // due today: still the 3-day stage
  ['2025-07-01', ['stakeholder:[Follow-through] Overdue by 1 days']],
  ['2025-07-07', []], // 7 days past: first week
  ['2025-07-08', ['stakeholder:[Follow-through] Overdue by 8 days']],
  ['2025-07-10', ['coordinator:[Follow-through] Escalation: overdue by 10 days']],
  ['2025-07-14', []],
  ['2025-07-15', ['stakeholder:[Follow-through] Overdue by 15 days']],
];

describe('reminder scheduler across due, overdue and escalation (injected clock, real SMTP)', () => {
  const mail = new MailServer();
  const clock = new TestClock('2025-05-01T08:00:00Z');
  let app: NotifyingApp;
  let stakeholderEmail: string;
  let coordinatorEmail: string;

  beforeAll(async () => {
    await mail.start();
    app = await startNotifyingApp({
      clock,
      env: { SMTP_URL: mail.url, REMINDER_DAYS_BEFORE: '14,3', REMINDER_ESCALATE_AFTER_DAYS: '10', NOTIFICATIONS_MAX_AGE_HOURS: '8760' },
    });
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Labour');
    stakeholderEmail = (await app.person('stakeholder', ministry)).email;
    coordinatorEmail = (await app.person('coordinator', null)).email;
    const forumId = await recordForum(app.coordinator, []);
    const id = await propose(app.coordinator, forumId);
    expect((await app.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);
    await mail.waitFor((received) => received.length === 1); // the assignment itself
  });

  afterAll(async () => {
    await app?.close();
    await mail.stop();
  });

  it.each(DAYS)('on %s sends %j', async (day, expected) => {
    const before = mail.received.length;
    clock.setTo(`${day}T08:00:00Z`);
    app.notifications.evaluateReminders();
    app.notifications.evaluateReminders(); // twice on one day is once
    await app.notifications.dispatcher.dispatch();
    await mail.waitFor((received) => received.length >= before + expected.length);
    await app.notifications.dispatcher.dispatch();
    const sent = mail.received
      .slice(before)
      .map((m) => `${m.to === stakeholderEmail ? 'stakeholder' : m.to === coordinatorEmail ? 'coordinator' : m.to}:${m.subject}`);
    // the bootstrap coordinator is escalated to as well
    expect(sent.filter((line) => !line.startsWith('coordinator@follow-through.test:'))).toEqual(expected);
  });
});
