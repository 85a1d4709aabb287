import { HttpClient } from '../recommendations/support/http-client';
import { TEST_PASSWORD } from '../support/test-app';
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
