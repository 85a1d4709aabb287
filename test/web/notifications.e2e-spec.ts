import { MailServer } from '../notifications/support/mail-server';
import { HttpClient } from '../recommendations/support/http-client';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

/** Asks the API (not the page) until the stakeholder's unread count is `n`: the page is then checked against it. */
async function unreadReaches(client: HttpClient, n: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await client.get('/notifications/unread-count')).body.unread === n) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the unread count did not reach ${n}`);
}

describe('web: the inbox and its unread count in the header', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  let stakeholder: HttpClient;
  beforeAll(async () => {
    world = await startBrowserWorld({ NOTIFICATIONS_POLL_INTERVAL_MS: '100' });
    tracker = await setUpTracker(world.app);
    stakeholder = new HttpClient(world.app.baseUrl, tracker.stakeholder.token);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('an assignment shows as 1 unread in the stakeholder’s header; the inbox lists it; marking it read brings the count to 0', async () => {
    const id = await tracker.assigned('Train the district police in survivor-centred interviews');
    await unreadReaches(stakeholder, 1);
    const page = await world.open();
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    const inboxLink = page.getByRole('link', { name: 'Notifications, 1 unread' });
    await inboxLink.waitFor();
    expect(await page.locator('header .inbox-count').innerText()).toBe('1');
    await inboxLink.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const entry = page.locator('.notification', { hasText: 'New assignment for your organisation' });
    await entry.waitFor();
    expect(await page.locator('.notification').count()).toBe(1);
    expect(await entry.getByRole('link').getAttribute('href')).toBe(`#/recommendations/${id}`);
    expect(await page.getByRole('link', { name: /^Notifications,/ }).getAttribute('aria-current')).toBe('page');
    await screenshot(page, 'inbox-unread');
    await entry.getByRole('button', { name: 'Mark as read: New assignment for your organisation' }).click();
    await page.getByRole('link', { name: 'Notifications, 0 unread' }).waitFor();
    await page.locator('.notification:not(.unread)').waitFor();
    expect((await stakeholder.get('/notifications/unread-count')).body.unread).toBe(0);
    // The entry leads to the recommendation.
    await page.locator('.notification a').click();
    await page.waitForFunction((r) => location.hash === `#/recommendations/${r}`, id);
    await page.context().close();
  });

  it('marks all read at once; the count follows on navigation, in the chosen language', async () => {
    await tracker.assigned('Open a hotline for survivors in Kulob');
    await tracker.assigned('Publish the shelter standards in Tajik');
    await unreadReaches(stakeholder, 2);
    const page = await world.open();
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Notifications, 2 unread' }).waitFor();
    await page.locator('#language').selectOption('ru');
    await page.getByRole('link', { name: 'Уведомления, непрочитанных: 2' }).click();
    await page.getByRole('heading', { level: 1, name: 'Уведомления' }).waitFor();
    await page.locator('.notification.unread').nth(1).waitFor();
    await page.getByRole('button', { name: 'Отметить все прочитанными' }).click();
    await page.getByRole('link', { name: 'Уведомления, непрочитанных: 0' }).waitFor();
    expect(await page.locator('.notification.unread').count()).toBe(0);
    expect((await stakeholder.get('/notifications/unread-count')).body.unread).toBe(0);
    await page.locator('#language').selectOption('en');
    await page.context().close();
  });

  it('chooses on the account page which kinds are e-mailed, and a daily digest; the choice is kept', async () => {
    const page = await world.open();
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    await page.evaluate(() => (location.hash = '#/me'));
    await page.getByRole('heading', { name: 'Notifications by e-mail' }).waitFor();
    const dueSoon = page.getByRole('checkbox', { name: 'Approaching due dates' });
    expect(await dueSoon.isChecked()).toBe(true);
    await dueSoon.uncheck();
    await page.getByRole('checkbox', { name: 'Comments and questions' }).uncheck();
    await page.getByRole('radio', { name: 'All of a day in one digest' }).check();
    await page.getByRole('button', { name: 'Save the choice' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await stakeholder.get('/notifications/preferences')).body).toEqual({ mutedKinds: ['due-soon', 'commented'], delivery: 'daily-digest' });
    await screenshot(page, 'my-account-notification-preferences');
    await page.reload();
    await page.getByRole('heading', { name: 'Notifications by e-mail' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Approaching due dates' }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: 'Assignments', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'All of a day in one digest' }).isChecked()).toBe(true);
    await page.context().close();
  });
});

describe('web: account links by e-mail, and a refused address, with a real SMTP server', () => {
  const mail = new MailServer();
  let world: BrowserWorld;
  let tracker: Tracker;
  beforeAll(async () => {
    await mail.start();
    world = await startBrowserWorld({ SMTP_URL: mail.url, NOTIFICATIONS_POLL_INTERVAL_MS: '100' });
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => {
    await world?.stop();
    await mail.stop();
  });
  afterEach(() => expect(world.problems).toEqual([]));

  it('the invitation is e-mailed, not shown; its link opens the page where the person chooses a password, then signs in', async () => {
    const admin = await world.open();
    await signIn(admin, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await admin.evaluate(() => (location.hash = '#/accounts'));
    const form = admin.locator('form.panel');
    await form.getByLabel('Name').fill('Invited By Mail');
    await form.getByLabel('E-mail').fill('invited.by.mail@example.tj');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create an account' }).click();
    await form.getByRole('status').filter({ hasText: 'The link was e-mailed to invited.by.mail@example.tj.' }).waitFor();
    expect(await form.locator('.password-link code').count()).toBe(0);
    await mail.waitFor(() => mail.to('invited.by.mail@example.tj').length === 1);
    const link = /(http:\/\/localhost:3000\/)(#\/choose-password\?token=\S+)/.exec(mail.to('invited.by.mail@example.tj')[0].text);
    expect(link).not.toBeNull();
    // PUBLIC_BASE_URL is left at its default here: the link's page, opened on the app under test.
    const page = await world.open();
    await page.goto(`${world.app.baseUrl}/${link![2]}`);
    await page.getByLabel('New password').fill('a passphrase from the e-mail');
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('Your password is saved: sign in with it.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signIn(page, 'invited.by.mail@example.tj', 'a passphrase from the e-mail');
  });

  it('an address the relay refused is marked on the accounts page with the relay’s answer', async () => {
    const refused = await world.app.signIn('stakeholder', tracker.committeeId);
    mail.unknownAddresses.add(refused.email);
    const id = await tracker.assigned('Print the referral cards in Tajik and Russian');
    expect(id).toEqual(expect.any(String));
    // The API says so first (the accounts list is a read model); then the page shows it.
    for (let i = 0; i < 200; i++) {
      const listed = await tracker.coordinator.get(`/accounts?q=${encodeURIComponent(refused.email)}`);
      if (listed.body.items[0]?.emailRefused) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const admin = await world.open();
    await signIn(admin, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await admin.evaluate(() => (location.hash = '#/accounts'));
    await admin.getByLabel('Words').fill(refused.email);
    const card = admin.locator('.card', { hasText: refused.email });
    const mark = card.locator('.email-refused');
    await mark.waitFor();
    expect(await mark.innerText()).toMatch(/E-mail refused\s+The mail relay refused .+ for good: .*550/);
    await screenshot(admin, 'accounts-email-refused');
  });
});
