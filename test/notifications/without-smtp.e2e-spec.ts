import { Logger } from '@nestjs/common';
import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { NotifyingApp, startNotifyingApp } from './support/notifying-app';

describe('without SMTP_URL', () => {
  let app: NotifyingApp;
  const warnings: string[] = [];

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => void warnings.push(String(message)));
    app = await startNotifyingApp({});
  });

  afterAll(async () => {
    await app?.close();
    jest.restoreAllMocks();
  });

  it('notifications stay in the inbox, and the log says so once', async () => {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Finance');
    const person = await app.person('stakeholder', ministry);
    const forumId = await recordForum(app.coordinator, []);
    for (let i = 0; i < 2; i++) {
      const id = await propose(app.coordinator, forumId);
      expect((await app.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(ministry))).status).toBe(200);
    }
    const until = Date.now() + 10_000;
    while ((await person.client.get('/notifications/unread-count')).body.unread !== 2) {
      if (Date.now() > until) throw new Error('the inbox did not get both');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const states = app.notifications.db.prepare(`SELECT channel, state FROM notifications WHERE recipient_account_id = ?`).all(person.accountId);
    expect(states).toEqual(
      expect.arrayContaining([
        { channel: 'email', state: 'pending' },
        { channel: 'in-app', state: 'recorded' },
      ]),
    );
    expect(warnings.filter((w) => w.includes('SMTP_URL is not set'))).toHaveLength(1);
    const status = await app.coordinator.get('/notifications/status');
    expect(status.body).toMatchObject({ email: 'off (SMTP_URL not set)', caughtUp: true, lastError: null });
    expect(status.body.notifications).toEqual(
      expect.arrayContaining([
        { channel: 'email', state: 'pending', count: 2 },
        { channel: 'in-app', state: 'recorded', count: 2 },
      ]),
    );
    expect((await person.client.get('/notifications/status')).status).toBe(403);
  });

  it('an invitation and a password link are shown to the coordinator to pass on, and nothing is recorded as e-mailed', async () => {
    const ministry = await registerOrganisation(app.coordinator, 'ministry', 'Ministry of Culture');
    const created = await app.coordinator.post('/accounts', {
      email: 'invited@follow-through.test',
      name: 'Invited',
      role: 'stakeholder',
      organisationId: ministry,
    });
    expect(created.status).toBe(201);
    expect(created.body.invitation).toMatchObject({ token: expect.stringMatching(/^pr_/), emailed: null });
    const reset = await app.coordinator.post(`/accounts/${created.body.id}/password-link`, { purpose: 'reset' });
    expect(reset.body).toMatchObject({ token: expect.stringMatching(/^pr_/), emailed: null });
    const recorded = app.notifications.db.prepare(`SELECT COUNT(*) AS n FROM notifications WHERE kind IN ('invitation', 'password-reset')`).get() as {
      n: bigint;
    };
    expect(recorded.n).toBe(0n);
  });
});
