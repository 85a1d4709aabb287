import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../recommendations/support/http-client';
import { propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, login, TEST_PASSWORD } from '../support/test-app';
import { AppProcess } from './support/app-process';
import { MailServer } from './support/mail-server';

/**
 * App processes (`node src/main.ts`) on one embedded SQLite event store: each has its own DATA_DIR (its own
 * read models and notification checkpoint) whose events.sqlite is a link to the one shared file.
 */
describe('app processes on one SQLite store send each notification once (real SMTP)', () => {
  const mail = new MailServer();
  const root = mkdtempSync(join(tmpdir(), 'ft-notify-two-'));
  const shared = join(root, 'events.sqlite');
  const processes: AppProcess[] = [];

  const dataDir = (name: string) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    try {
      symlinkSync(shared, join(dir, 'events.sqlite'));
    } catch {
      // already linked (a restart on the same directory)
    }
    return dir;
  };

  const startApp = (name: string, env: Record<string, string> = {}) => {
    const app = new AppProcess({
      DATA_DIR: dataDir(name),
      SMTP_URL: mail.url,
      SQLITE_SYNCHRONOUS: 'NORMAL',
      SQLITE_POLL_INTERVAL_MS: '20',
      NOTIFICATIONS_POLL_INTERVAL_MS: '30',
      NOTIFICATIONS_RETRY_BASE_MS: '50',
      NOTIFICATIONS_LEASE_SECONDS: '2',
      AUTH_TOKEN_SECRET: 'one secret for every process of this test, long enough',
      BOOTSTRAP_COORDINATOR_EMAIL: COORDINATOR_EMAIL,
      BOOTSTRAP_COORDINATOR_PASSWORD: COORDINATOR_PASSWORD,
      ...env,
    });
    processes.push(app);
    return app;
  };

  beforeAll(async () => {
    await mail.start();
  });

  afterAll(async () => {
    await Promise.all(processes.map((app) => app.kill('SIGKILL')));
    await mail.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function world(url: string, people: number) {
    const coordinator = new HttpClient(url, await login(url, COORDINATOR_EMAIL, COORDINATOR_PASSWORD));
    const ministry = await registerOrganisation(coordinator, 'ministry', `Ministry ${Math.random()}`);
    const emails: string[] = [];
    for (let i = 0; i < people; i++) {
      const email = `person-${i}-${Date.now()}@follow-through.test`;
      const made = await coordinator.post('/accounts', { email, name: `Person ${i}`, password: TEST_PASSWORD, role: 'stakeholder', organisationId: ministry });
      expect(made.status).toBe(201);
      emails.push(email);
    }
    const forumId = await recordForum(coordinator, []);
    return { coordinator, ministry, emails, forumId };
  }

  const assign = async (client: HttpClient, forumId: string, ministry: string) => {
    const id = await propose(client, forumId);
    expect((await client.post(`/recommendations/${id}/assign`, { ...validBody.assign(ministry), dueDate: '2030-06-30' })).status).toBe(200);
    return id;
  };

  const claimsPerStream = () => {
    const db = new Database(shared, { readonly: true });
    try {
      return db
        .prepare(
          `SELECT stream_id, COUNT(*) AS claims, COUNT(DISTINCT json_extract(data, '$.claimedBy')) AS claimers FROM events WHERE type = 'NotificationClaimed' GROUP BY stream_id`,
        )
        .all() as { stream_id: string; claims: number; claimers: number }[];
    } finally {
      db.close();
    }
  };

  it('two processes running at once: every e-mail goes out once', async () => {
    const a = startApp('a');
    const urlA = await a.url();
    const b = startApp('b');
    const urlB = await b.url();
    const { coordinator, ministry, emails, forumId } = await world(urlA, 3);
    const onB = new HttpClient(urlB, await login(urlB, COORDINATOR_EMAIL, COORDINATOR_PASSWORD));
    for (let i = 0; i < 4; i++) await assign(i % 2 === 0 ? coordinator : onB, forumId, ministry);
    await mail.waitFor((received) => received.length >= 12, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // both keep dispatching: nothing more goes out
    expect(mail.received).toHaveLength(12);
    expect(new Set(mail.received.map((m) => m.messageId)).size).toBe(12);
    for (const email of emails) expect(mail.to(email)).toHaveLength(4);
    expect(claimsPerStream().every((stream) => stream.claims === 1)).toBe(true);
    await Promise.all([a.kill('SIGTERM'), b.kill('SIGTERM')]);
  }, 120_000);

  it('a process killed mid-batch: the next one sends the rest, and takes over a claim left behind after its lease', async () => {
    mail.received.length = 0;
    const claimedBefore = claimsPerStream().length; // the first case's, in the same store
    const first = startApp('c');
    const url = await first.url();
    const { coordinator, ministry, emails, forumId } = await world(url, 2);
    mail.holdWhenReceived = 2; // the third message is taken in and never answered
    for (let i = 0; i < 3; i++) await assign(coordinator, forumId, ministry);
    await mail.waitFor(() => mail.holding, 30_000);
    await first.kill('SIGKILL'); // in the middle of the third message: the relay gave no 250, so it keeps nothing
    const leftBehind = claimsPerStream().length - claimedBefore;
    const second = startApp('c'); // the same data directory: a restart
    await second.url();
    await mail.waitFor((received) => received.length >= 6, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // past another lease: nothing more goes out
    expect(mail.received).toHaveLength(6);
    expect(new Set(mail.received.map((m) => m.messageId)).size).toBe(6);
    for (const email of emails) expect(mail.to(email)).toHaveLength(3);
    const claims = claimsPerStream();
    expect(leftBehind).toBe(3); // two sent and recorded, the third claimed and not finished
    expect(claims.some((stream) => stream.claims === 2 && stream.claimers === 2)).toBe(true);
    await second.kill('SIGTERM');
  }, 120_000);

  it('a process killed after the relay took a message but before it was recorded: sent again after the lease, with the same Message-ID', async () => {
    mail.received.length = 0;
    mail.delayMs = 0;
    const first = startApp('d');
    const url = await first.url();
    const { coordinator, ministry, emails, forumId } = await world(url, 1);
    mail.holdNextAfterAccepting = true;
    await assign(coordinator, forumId, ministry);
    await mail.waitFor((received) => received.length === 1, 30_000);
    await first.kill('SIGKILL'); // the relay has it; the log has only the claim
    const second = startApp('d');
    await second.url();
    await mail.waitFor((received) => received.length === 2, 30_000);
    const [original, again] = mail.received;
    expect(again.messageId).toBe(original.messageId);
    expect(again.to).toBe(emails[0]);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mail.received).toHaveLength(2); // recorded as sent the second time: no third
    await second.kill('SIGTERM');
  }, 120_000);
});
