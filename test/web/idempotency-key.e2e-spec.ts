import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { BrowserWorld, signIn, startBrowserWorld } from './support/browser';
import { Tracker, setUpTracker } from './support/fixtures';

/** The Idempotency-Key a form sends: the same for a retry of the same body, a new one once the user edited it. */
describe('web: Idempotency-Key of a form sent again', () => {
  let world: BrowserWorld;
  let tracker: Tracker;
  beforeAll(async () => {
    world = await startBrowserWorld();
    tracker = await setUpTracker(world.app);
  });
  afterAll(async () => world?.stop());

  it('keeps the key when nothing changed after a failure, and takes a new one after an edit', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    const keys: string[] = [];
    // The first two attempts fail as a busy server would; the third reaches the app.
    await page.route('**/forums/*/recommendations', async (route) => {
      keys.push(route.request().headers()['idempotency-key']);
      if (keys.length <= 2) await route.fulfill({ status: 503, contentType: 'application/json', body: '{"statusCode":503,"message":"try again later"}' });
      else await route.continue();
    });
    await page.evaluate((id) => (location.hash = `#/forums/${id}`), tracker.forumId);
    const form = page.locator('form', { hasText: 'Add recommendations' });
    await form.getByLabel('Recommendations', { exact: true }).fill('Train district police on protection orders');
    await form.getByLabel('Themes').selectOption(['police']);
    const send = () => form.getByRole('button', { name: 'Add recommendations' }).click();
    await send();
    await form.getByText('try again later').waitFor();
    await send();
    await page.waitForFunction(() => !document.querySelector('button[disabled]'));
    await form.getByText('try again later').waitFor();
    await form.getByLabel('Recommendations', { exact: true }).fill('Train district police officers on protection orders');
    await send();
    await page.getByRole('link', { name: 'Train district police officers on protection orders' }).waitFor();
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^proposal-[\w-]+-0-\w+$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(world.problems.filter((p) => !p.includes('503'))).toEqual([]);
  });
});
