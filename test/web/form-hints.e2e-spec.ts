import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { BrowserWorld, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

describe('web: what a coordinator is told before and after sending', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('warns about a due date already past, and says so when a filtered list has no match', async () => {
    await tracker.assigned('Publish the referral directory for Khatlon');
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.evaluate((id) => (location.hash = `#/forums/${id}`), tracker.forumId);
    const assign = page.locator('form', { hasText: 'Assign the' });
    const warning = assign.getByText('This date is already past');
    await assign.getByLabel('Due', { exact: true }).fill('2030-01-31');
    expect(await warning.count()).toBe(0);
    await assign.getByLabel('Due', { exact: true }).fill('2020-01-31');
    await warning.waitFor();

    await page.evaluate(() => (location.hash = '#/recommendations?q=nonexistentword'));
    await page.getByText('No recommendation matches these filters').waitFor();
    await page.evaluate(() => (location.hash = '#/recommendations'));
    await page.getByRole('link', { name: 'Publish the referral directory for Khatlon' }).waitFor();
    expect(await page.getByText('No recommendation matches these filters').count()).toBe(0);
  });
});
