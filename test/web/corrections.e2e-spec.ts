import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { BrowserWorld, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

describe('web: a coordinator corrects a recommendation, a forum and an organisation', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  }, 60_000);
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('corrects the text and the country asked to act; the timeline says what changed from what', async () => {
    const id = await tracker.assigned('Publish the referral directory for Khatlon');
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.evaluate((rid) => (location.hash = `#/recommendations/${rid}`), id);
    await page.getByRole('button', { name: 'Correct the text or tags' }).click();
    const form = page.locator('form', { hasText: 'Country asked to act' });
    await form.getByLabel('Text').fill('Publish the referral directory for Khatlon and Sughd');
    await form.getByLabel('Country asked to act').fill('af');
    await form.getByLabel('Reason').fill('Copied from the draft resolution');
    await form.getByRole('button', { name: 'Correct the text or tags' }).click();
    await page.getByRole('heading', { name: 'Publish the referral directory for Khatlon and Sughd' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Country asked to act: “—” → “AF”').waitFor();
    await timeline.getByText('Text: “Publish the referral directory for Khatlon” → “Publish the referral directory for Khatlon and Sughd”').waitFor();
    const event = (await tracker.coordinator.get(`/recommendations/${id}`)).body.history.at(-1);
    expect(event).toMatchObject({ type: 'RecommendationCorrected', data: { changed: { targetCountry: 'AF' }, previous: { targetCountry: null } } });
    expect(Object.keys(event.data.changed).sort()).toEqual(['targetCountry', 'text']);
  });

  it('edits a forum’s details: dates known only to the month are shown as the month', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.evaluate((fid) => (location.hash = `#/forums/${fid}`), tracker.forumId);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.locator('form', { hasText: 'The dates are known to' });
    await form.getByLabel('The dates are known to').selectOption('month');
    await form.getByLabel('Reason').fill('The report gives only the month');
    await form.getByRole('button', { name: 'Edit details' }).click();
    await page.getByText('Details saved.').waitFor();
    await page.locator('dd', { hasText: 'May 2024' }).waitFor();
    expect((await tracker.coordinator.get(`/forums/${tracker.forumId}`)).body).toMatchObject({
      datePrecision: 'month',
      startDate: '2024-05-01',
      endDate: '2024-05-31',
    });
  });

  it('offers the existing organisation for a taken name, and changes an organisation’s kind', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.evaluate(() => (location.hash = '#/organisations'));
    const register = page.locator('form', { hasText: 'Name' }).last();
    await register.getByLabel('Name').fill('«State legal aid centre»');
    await register.getByRole('button', { name: /Register/ }).click();
    await page.getByRole('button', { name: 'Use the existing one: State Legal Aid Centre' }).click();
    await page.getByRole('button', { name: 'Change kind: State Legal Aid Centre' }).click();
    const kind = page.locator('form.inline-form');
    await kind.locator('select').selectOption('international_ngo');
    await kind.getByRole('button', { name: 'Change kind' }).click();
    await page.getByText(/International NGO · TJ/).waitFor();
    expect((await tracker.coordinator.get(`/organisations/${tracker.legalAidId}`)).body).toMatchObject({ kind: 'international_ngo' });
  });
});
