import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

jest.setTimeout(60_000);

/** In headless Chromium: a coordinator records a forum with its recommendations; what is forbidden is neither offered nor done. */
describe('web: a coordinator, forbidden actions and languages', () => {
  let world: BrowserWorld;
  let tracker: Tracker;

  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('a coordinator records a forum with several recommendations and assigns them at once', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Secretariat' }).waitFor();
    await screenshot(page, 'coordinator-home');
    await page.getByRole('link', { name: 'Record a forum' }).click();

    const form = page.locator('form');
    await form.getByRole('button', { name: 'Record a forum' }).click();
    await form.locator('.field', { hasText: 'First day' }).locator('.field-error').waitFor();
    await form.getByLabel('Title', { exact: true }).fill('National forum "Together Against Violence"');
    await form.getByLabel('Kind of forum').selectOption('national_forum');
    await form.getByLabel('First day').fill('2024-11-25');
    await form.getByLabel('Last day').fill('2024-11-24');
    await form.getByLabel('Region', { exact: true }).fill('Dushanbe');
    await form.getByLabel('Organisers').fill('OSCE Programme Office in Dushanbe, Civil society coalition');
    await form.getByLabel(/Bureau of International Narcotics/).check();
    await form.getByLabel('Participants').fill('80');
    await form
      .getByLabel('Recommendations', { exact: true })
      .fill('Develop a national behaviour-change strategy against gender-based violence\nReport on CEDAW implementation with civil society every year');
    await form.getByLabel('Themes').selectOption(['prevention', 'laws-and-policies']);
    await screenshot(page, 'coordinator-record-forum');
    await form.getByRole('button', { name: 'Record a forum' }).click();
    // The domain's rule, named by its field, beside that field.
    const endDate = form.locator('.field', { hasText: 'Last day' }).locator('.field-error');
    await endDate.waitFor();
    expect(await endDate.textContent()).toMatch(/endDate/);
    await form.getByLabel('Last day').fill('2024-11-26');
    await form.getByRole('button', { name: 'Record a forum' }).click();

    await page.getByRole('heading', { level: 1, name: 'National forum "Together Against Violence"' }).waitFor();
    const list = page.getByRole('region', { name: /^Recommendations/ });
    await list.getByRole('link', { name: 'Develop a national behaviour-change strategy against gender-based violence' }).waitFor();
    await list.getByRole('link', { name: 'Report on CEDAW implementation with civil society every year' }).waitFor();
    for (const checkbox of await list.getByRole('checkbox').all()) await checkbox.check();

    const assign = page.locator('form', { has: page.getByRole('heading', { name: /Assign the 2 selected/ }) });
    await assign.getByLabel('Responsible organisation').selectOption({ label: 'Committee on Women and Family Affairs' });
    await assign.getByLabel('Due').fill('2026-06-30');
    await assign.getByRole('button', { name: 'Assign' }).click();
    await list.locator('.status', { hasText: 'Assigned' }).nth(1).waitFor();
    expect(await list.locator('.status', { hasText: 'Proposed' }).count()).toBe(0);
    await screenshot(page, 'coordinator-forum');

    const assigned = await tracker.coordinator.get(`/recommendations?organisationId=${tracker.committeeId}&status=assigned`);
    expect(assigned.body.items.map((r: { text: string }) => r.text)).toEqual(
      expect.arrayContaining([
        'Develop a national behaviour-change strategy against gender-based violence',
        'Report on CEDAW implementation with civil society every year',
      ]),
    );
  });

  it('does not offer a forbidden action, and the server refuses it when forced', async () => {
    const id = await tracker.assigned('Set up a referral desk for survivors in every district hospital of Khatlon');
    const page = await world.open();
    await signIn(page, tracker.otherStakeholder.email, TEST_PASSWORD);
    await page.goto(`${world.app.baseUrl}/#/recommendations/${id}`);
    await page.getByText('Nothing for you to do on this recommendation now.').waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Accounts' }).count()).toBe(0);
    await screenshot(page, 'other-stakeholder-no-actions');

    const forced = await page.evaluate(async (recommendation) => {
      const { token } = JSON.parse(sessionStorage.getItem('follow-through.session') as string);
      const response = await fetch(`/recommendations/${recommendation}/accept`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      return { status: response.status, body: await response.json() };
    }, id);
    expect(forced.status).toBe(403);
    expect(forced.body.message).toMatch(/organisation/);
    expect((await tracker.coordinator.get(`/recommendations/${id}`)).body.status).toBe('assigned');

    // Pages a role has no use for are refused by the server too, and the refusal is shown.
    await page.goto(`${world.app.baseUrl}/#/accounts`);
    await page.getByText(/this needs the role coordinator; you are stakeholder/).waitFor();
  });

  it('is used with the keyboard alone, and remembers the language per account', async () => {
    const page = await world.open();
    // A new page puts the focus on its heading; the next Tab reaches its first field.
    await page.getByRole('heading', { level: 1, name: 'Sign in to Follow-through' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('email');
    await page.keyboard.type(tracker.donor.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Portfolio/ }).waitFor();
    const outline = await page.evaluate(() => {
      const link = document.querySelector('nav a') as HTMLElement;
      link.focus();
      return getComputedStyle(link).outlineStyle;
    });
    expect(outline).toBe('solid');

    await page.getByLabel('Language', { exact: true }).selectOption('ru');
    await page.getByRole('heading', { level: 1, name: /Портфель/ }).waitFor();
    await screenshot(page, 'donor-dashboard-ru');
    await page.getByRole('navigation', { name: 'Главное меню' }).getByRole('link', { name: 'Отчёты' }).waitFor();

    // Another browser, nothing in its storage: the account's own choice comes back.
    const elsewhere = await world.open();
    await signIn(elsewhere, tracker.donor.email, TEST_PASSWORD);
    await elsewhere.getByRole('button', { name: 'Выйти' }).waitFor();
    await elsewhere.getByRole('heading', { level: 1, name: /Портфель/ }).waitFor();
    await elsewhere.getByLabel('Язык', { exact: true }).selectOption('tg');
    await elsewhere.getByRole('heading', { level: 1, name: /Портфел/ }).waitFor();
    await elsewhere.getByRole('button', { name: 'Баромадан' }).waitFor();
    await screenshot(elsewhere, 'donor-dashboard-tg');
  });
});
