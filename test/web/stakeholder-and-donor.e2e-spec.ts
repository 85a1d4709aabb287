import { readFileSync } from 'node:fs';
import { expectOk } from '../recommendations/support/world';
import { TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

/**
 * In headless Chromium against the real app: a stakeholder carries a recommendation from assigned to
 * implemented, a donor verifies it and downloads a PDF report; a change made meanwhile is shown, not overwritten.
 */
jest.setTimeout(60_000);

describe('web: a stakeholder and a donor', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  let recommendationId: string;
  const TEXT = 'Introduce a course on recognising and referring cases of violence for school psychologists';

  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
    recommendationId = await tracker.assigned(TEXT);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('a stakeholder moves a recommendation from assigned to implemented, with validation beside the fields', async () => {
    const page = await world.open();
    await screenshot(page, 'sign-in');
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);

    const awaiting = page.getByRole('region', { name: /Awaiting your acceptance/ });
    await awaiting.getByRole('link', { name: TEXT }).waitFor();
    await screenshot(page, 'stakeholder-our-commitments');
    await awaiting.getByRole('link', { name: TEXT }).click();

    await page.getByRole('heading', { level: 1, name: TEXT }).waitFor();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText('Done: Accept.').waitFor();
    await page.getByRole('button', { name: 'Start work' }).click();
    await page.getByText('Done: Start work.').waitFor();

    await page.getByRole('button', { name: 'Report progress' }).click();
    const progress = page.locator('form', { has: page.getByRole('heading', { name: 'Report progress' }) });
    await progress.getByRole('button', { name: 'Report progress' }).click();
    // The browser's own check, beside the field, in the interface's language.
    await expect(progress.locator('.field', { hasText: 'What was done' }).locator('.field-error').textContent()).resolves.toContain('This is needed.');
    await progress.getByLabel('What was done').fill('Curriculum drafted with the Academy of Education; pilot in 10 schools in Bokhtar');
    await progress.getByLabel('Percent complete').fill('140');
    await progress.getByLabel('Title').fill('Ministry of Education news item');
    await progress.getByLabel('Link (https://…)').fill('https://maorif.tj/news/psychologists');
    await progress.getByRole('button', { name: 'Report progress' }).click();
    // The API's own 400, naming the field, shown beside that field.
    const percentError = progress.locator('.field', { hasText: 'Percent complete' }).locator('.field-error');
    await percentError.waitFor();
    expect(await percentError.textContent()).toMatch(/percentComplete must not be greater than 100/);
    expect(await progress.getByLabel('Percent complete').getAttribute('aria-invalid')).toBe('true');
    await progress.getByLabel('Percent complete').fill('40');
    await progress.getByRole('button', { name: 'Report progress' }).click();
    await page.getByText('Done: Report progress.').waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByRole('link', { name: 'Ministry of Education news item' }).waitFor();

    await page.getByRole('button', { name: 'Mark implemented' }).click();
    const implemented = page.locator('form', { has: page.getByRole('heading', { name: 'Mark implemented' }) });
    await implemented.getByLabel('What was achieved').fill('120 school psychologists in Khatlon completed the course');
    await implemented.getByLabel('Kind').selectOption('document');
    await implemented.getByLabel('Title').fill('Training completion report');
    await implemented.getByLabel('Reference').fill('Academy of Education report 2025/3');
    await implemented.getByRole('button', { name: 'Mark implemented' }).click();
    await page.getByText('Done: Mark implemented.').waitFor();
    await page.locator('.facts .status', { hasText: 'Implemented' }).waitFor();
    for (const event of ['Proposed', 'Assigned', 'Accepted', 'Work started', 'Progress reported', 'Marked implemented']) {
      await timeline.locator('.event-title', { hasText: new RegExp(`^${event}$`) }).waitFor();
    }
    expect(await timeline.textContent()).toContain('Stakeholder · Committee on Women and Family Affairs');
    await screenshot(page, 'recommendation-timeline');
  });

  it('a donor sees the portfolio, verifies the implementation and downloads a PDF report', async () => {
    const page = await world.open();
    await signIn(page, tracker.donor.email, TEST_PASSWORD);
    await page.getByRole('heading', { level: 1, name: /Portfolio/ }).waitFor();
    await page.locator('figure', { hasText: 'Status by forum' }).locator('svg.drawing').waitFor();
    await page.locator('figure', { hasText: 'Recommendations implemented, at the end of each quarter' }).locator('svg.drawing').waitFor();
    await page.locator('figure', { hasText: 'Overdue commitments by organisation' }).waitFor();
    await screenshot(page, 'donor-dashboard');

    await page
      .getByRole('region', { name: /waiting for your verification/ })
      .getByRole('link', { name: TEXT })
      .click();
    await page.getByRole('button', { name: 'Verify implementation' }).click();
    const verify = page.locator('form', { has: page.getByRole('heading', { name: 'Verify implementation' }) });
    await verify.getByLabel('How you checked (optional)').fill('Checked the attendance lists during the monitoring visit');
    await verify.getByRole('button', { name: 'Verify implementation' }).click();
    await page.getByText('Done: Verify implementation.').waitFor();
    await page.locator('.facts .status', { hasText: 'Verified' }).waitFor();
    await page.getByRole('list', { name: 'Timeline' }).locator('.event-title', { hasText: 'Implementation verified' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const report = page.locator('form', { has: page.getByRole('heading', { name: 'Donor accountability report' }) });
    await report.getByLabel('Period', { exact: true }).fill('2025');
    const download = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Donor accountability report: PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await file.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.getByText(/Downloaded .*\.pdf/).waitFor();
    await screenshot(page, 'donor-reports');
  });

  it('shows what someone else changed meanwhile, and retries only when asked', async () => {
    const id = await tracker.assigned('Open a second legal aid office in Bokhtar for survivors of violence');
    const page = await world.open();
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    await page.goto(`${world.app.baseUrl}/#/recommendations/${id}`);
    await page.getByRole('button', { name: 'Accept' }).waitFor();

    await expectOk(tracker.coordinator.post(`/recommendations/${id}/due-date`, { dueDate: '2026-12-31', reason: 'The budget arrives next year' }));
    await page.getByRole('button', { name: 'Accept' }).click();

    const conflict = page.getByRole('region', { name: 'Someone else changed this recommendation' });
    await conflict.locator('.event-title', { hasText: 'Due date changed' }).waitFor();
    expect(await conflict.textContent()).toContain('The budget arrives next year');
    expect(await conflict.textContent()).toContain('Coordinator');
    await screenshot(page, 'conflict');
    const before = await tracker.coordinator.get(`/recommendations/${id}`);
    expect(before.body.status).toBe('assigned');

    await conflict.getByRole('button', { name: 'Send my change again: Accept' }).click();
    await page.getByText('Done: Accept.').waitFor();
    expect((await tracker.coordinator.get(`/recommendations/${id}`)).body.status).toBe('accepted');
  });

  it('works on a phone screen', async () => {
    const page = await world.open({ width: 375, height: 740 });
    await signIn(page, tracker.stakeholder.email, TEST_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Our commitments' }).waitFor();
    await page
      .getByRole('region', { name: /Implemented recently/ })
      .getByRole('link')
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone-our-commitments');
    await page.goto(`${world.app.baseUrl}/#/recommendations/${recommendationId}`);
    await page.getByRole('list', { name: 'Timeline' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'phone-recommendation');
  });
});
