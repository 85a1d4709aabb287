import { TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

describe('web: a question without a dispute', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('a donor asks a question on a recommendation; it is in the timeline for the stakeholder, and the status is unchanged', async () => {
    const id = await tracker.assigned('Open a second shelter for survivors in Bokhtar');
    const donorPage = await world.open();
    await signIn(donorPage, tracker.donor.email, TEST_PASSWORD);
    await donorPage.evaluate((r) => (location.hash = `#/recommendations/${r}`), id);
    await donorPage.getByLabel('Your question or comment').fill('When will the shelter open its doors?');
    await donorPage.getByRole('button', { name: 'Send' }).click();
    const entry = donorPage.locator('.timeline li', { hasText: 'When will the shelter open its doors?' });
    await entry.waitFor();
    expect(await entry.locator('.event-title').innerText()).toBe('Question');
    await screenshot(donorPage, 'recommendation-question');

    const stakeholderPage = await world.open();
    await signIn(stakeholderPage, tracker.stakeholder.email, TEST_PASSWORD);
    await stakeholderPage.evaluate((r) => (location.hash = `#/recommendations/${r}`), id);
    await stakeholderPage.locator('.timeline li', { hasText: 'When will the shelter open its doors?' }).waitFor();
    const status = await tracker.coordinator.get(`/recommendations/${id}`);
    expect(status.body.status).toBe('assigned');
  });
});
