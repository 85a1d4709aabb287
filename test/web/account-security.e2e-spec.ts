import { totp } from '../auth/rfc6238';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD, TEST_PASSWORD } from '../support/test-app';
import { BrowserWorld, signIn, startBrowserWorld } from './support/browser';

describe('web: your own password, two-factor sign-in and one-time links', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
  }, 60_000);
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('changes your own password: the page signs you out, and the new password signs you in', async () => {
    const viewer = await world.app.signIn('viewer');
    const page = await world.open();
    await signIn(page, viewer.email, TEST_PASSWORD);
    await page.locator('header a.account').click();
    await page.getByLabel('Current password').fill(TEST_PASSWORD);
    await page.getByLabel('New password').fill('qwerty123456');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('newPassword is one of the passwords most often found in breaches').waitFor();
    await page.getByLabel('New password').fill('a passphrase of my own choosing');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await signIn(page, viewer.email, 'a passphrase of my own choosing');
  });

  it('turns on two-factor sign-in, shows recovery codes once, then asks for the code when signing in', async () => {
    const viewer = await world.app.signIn('viewer');
    const page = await world.open();
    await signIn(page, viewer.email, TEST_PASSWORD);
    await page.locator('header a.account').click();
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const secret = (await page.locator('code.secret').textContent())!.trim();
    await page.getByLabel('Code').fill(totp(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('.recovery-codes li').nth(9).waitFor();
    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByLabel('E-mail').fill(viewer.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Code').fill(totp(secret));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('header .who button').waitFor();
  });

  it('a coordinator invites a person without a password; the person chooses one through the link and signs in', async () => {
    const admin = await world.open();
    await signIn(admin, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await admin.goto(`${world.app.baseUrl}/#/accounts`);
    const form = admin.locator('form.panel');
    await form.getByLabel('Name').fill('Invited Web');
    await form.getByLabel('E-mail').fill('invited.web@example.tj');
    await form.getByLabel('Role').selectOption('viewer');
    await form.getByRole('button', { name: 'Create an account' }).click();
    const link = (await form.locator('.password-link code').textContent())!;
    expect(link).toMatch(/#\/choose-password\?token=pr_/);
    const page = await world.open();
    await page.goto(link);
    await page.getByLabel('New password').fill('my first passphrase here');
    await page.getByRole('button', { name: 'Save the password' }).click();
    await page.getByText('Your password is saved: sign in with it.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signIn(page, 'invited.web@example.tj', 'my first passphrase here');
  });

  it('a link whose address arrives while the page is still starting opens its page, not the sign-in form', async () => {
    const page = await world.open();
    // The address changes as soon as the document is parsed, before the app may have begun to listen for it.
    await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (location.hash = '#/choose-password?token=pr_not-a-real-token')));
    await page.reload();
    await page.getByLabel('New password').waitFor();
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
  });
});
