import { FirstCoordinator } from '../../src/auth/first-coordinator';
import { BrowserWorld, screenshot, startBrowserWorld } from './support/browser';

describe('web: the first start of an empty store', () => {
  let world: BrowserWorld;
  beforeAll(async () => {
    world = await startBrowserWorld({ BOOTSTRAP_COORDINATOR_EMAIL: '', BOOTSTRAP_COORDINATOR_PASSWORD: '' });
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('offers to set up the first coordinator with the token from the terminal, then signs them in; never again after', async () => {
    // The token the start-up notice prints in the terminal.
    const token = world.app.app.get(FirstCoordinator).pendingSetupToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const page = await world.open({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Set up the first coordinator' }).waitFor();
    await screenshot(page, 'first-start-setup-390');

    await page.getByLabel('Setup token').fill('x'.repeat(32));
    await page.getByLabel('Name').fill('Nigora Saidova');
    await page.getByLabel('E-mail').fill('nigora@secretariat.tj');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create the account and sign in' }).click();
    await page.getByText('At least 12 characters, please.').waitFor();

    await page.getByLabel('Password', { exact: true }).fill('the very first passphrase');
    await page.getByRole('button', { name: 'Create the account and sign in' }).click();
    // A wrong token is the server's 401, shown beside the token.
    await page.getByText('That is not the token the app printed').waitFor();

    await page.getByLabel('Setup token').fill(token);
    await page.getByRole('button', { name: 'Create the account and sign in' }).click();
    await page.locator('header .who button').waitFor();
    await page.getByText('Nigora Saidova · Coordinator').waitFor();
    await screenshot(page, 'first-start-signed-in-390');

    const later = await world.open();
    await later.getByRole('heading', { name: 'Sign in to Follow-through' }).waitFor();
    expect(await later.getByLabel('Setup token').count()).toBe(0);
    const status = await (await fetch(`${world.app.baseUrl}/auth/setup`)).json();
    expect(status).toEqual({ needed: false });
  });
});
