import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { DemoLoader } from '../../src/demo/demo-loader';
import { login } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

jest.setTimeout(240_000);

const LANGUAGES = ['en', 'ru', 'tg'] as const;
const WIDTHS = [1366, 390] as const;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A hash route, shown once its heading is there and nothing is loading any more. */
async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main .loading'));
}

/** Serious and critical violations found by axe-core in the page as it is now. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's script policy (only its own files) does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe is loaded into the page, untyped
    const result = await (window as any).axe.run(document);
    // Rules that passed: an axe that checked nothing would find nothing too.
    if (result.passes.length < 10) return [{ id: 'axe-ran', impact: 'critical', nodes: [`only ${result.passes.length} rules passed`] }];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- axe's results, untyped
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')) }));
  });
  return violations
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map((v: { id: string; impact: string; nodes: string[] }) => `${v.impact} ${v.id}: ${v.nodes.join(', ')}`);
}

async function widerThanWindow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Every main page of each role on the demo tracker, in English, Russian and Tajik, at 1366 and 390 px: none is
 * wider than its window, axe-core finds nothing serious or critical, and a screenshot of each is kept.
 */
describe('web: every main page in three languages at two widths', () => {
  let world: BrowserWorld;
  let password: string;
  const pages: Record<string, { email: string; hashes: Record<string, string> }> = {};

  beforeAll(async () => {
    world = await startBrowserWorld();
    const demo = await world.app.app.get(DemoLoader).load();
    password = demo.accounts.password as string;
    const token = await login(world.app.baseUrl, 'coordinator@demo.follow-through.org', password);
    const get = async (path: string) => (await fetch(`${world.app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
    // Read models catch up with the demo: wait for its last recommendation in the list.
    let list = await get('/recommendations?pageSize=100');
    for (let i = 0; list.total < 14 && i < 100; i++) list = await get('/recommendations?pageSize=100');
    const forums = await get('/follow-through/forums');
    const forumId = (Array.isArray(forums) ? forums : forums.items)[0].id;
    const recommendation = list.items.find((r: { status: string }) => r.status === 'in_progress') ?? list.items[0];
    pages.coordinator = {
      email: 'coordinator@demo.follow-through.org',
      hashes: {
        home: '#/',
        forums: '#/forums',
        forum: `#/forums/${forumId}`,
        recommendations: '#/recommendations',
        recommendation: `#/recommendations/${recommendation.id}`,
        organisations: '#/organisations',
        accounts: '#/accounts',
        reports: '#/reports',
        'record-forum': '#/forums/new',
        notifications: '#/notifications',
        recurrence: '#/recurrence',
        vocabularies: '#/vocabularies',
      },
    };
    pages.donor = { email: 'eu@demo.follow-through.org', hashes: { dashboard: '#/', reports: '#/reports' } };
    pages.stakeholder = { email: 'cwfa@demo.follow-through.org', hashes: { commitments: '#/', notifications: '#/notifications', account: '#/me' } };
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('loads the first time in at most 100 KB over the wire, and from its cache the next time', async () => {
    // A browser that has never seen the app: a context of its own, opened here rather than by world.open.
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const transferred = async (action: () => Promise<unknown>) => {
      const sizes: Promise<number>[] = [];
      const count = (response: import('playwright-core').Response) =>
        sizes.push(
          response
            .request()
            .sizes()
            .then((s) => s.responseBodySize + s.responseHeadersSize),
        );
      page.on('response', count);
      await action();
      page.off('response', count);
      return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    };
    const first = await transferred(async () => {
      await page.goto(world.app.baseUrl);
      await page.getByRole('heading', { name: 'Sign in to Follow-through' }).waitFor();
    });
    const signedIn = await transferred(async () => {
      await signIn(page, pages.coordinator.email, password);
      await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main .loading'));
    });
    const again = await transferred(async () => {
      await page.reload();
      await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('main .loading'));
    });
    console.log(`first load ${first} bytes; signing in and the coordinator's home ${signedIn} bytes; reload ${again} bytes`);
    expect(first).toBeLessThanOrEqual(100_000);
    expect(first + signedIn).toBeLessThanOrEqual(100_000);
    // On reload the script and stylesheet come from the cache: what is left is the page and the API's answers.
    expect(again).toBeLessThan(signedIn);
    await context.close();
  });

  it('shows the coordinator a dashboard: overdue by organisation, due soon, awaiting verification, disputes, recent activity', async () => {
    const page = await world.open();
    await signIn(page, pages.coordinator.email, password);
    await visit(page, '#/');
    await page.locator('figure', { hasText: 'Overdue commitments by organisation' }).locator('svg.drawing').waitFor();
    const overdue = await page.locator('.figures div', { hasText: 'Overdue' }).locator('dd').innerText();
    // The demo has overdue commitments; the figure is the list's own count.
    const token = await login(world.app.baseUrl, pages.coordinator.email, password);
    const listed = await (await fetch(`${world.app.baseUrl}/recommendations?overdue=true`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(Number(overdue)).toBe(listed.total);
    expect(listed.total).toBeGreaterThan(0);
    await page.getByRole('heading', { name: /^Due in the next 30 days/ }).waitFor();
    await page.getByRole('heading', { name: /^Implemented, waiting for verification/ }).waitFor();
    // The demo's referral pathway was disputed and has not been claimed again since.
    const disputed = await (await fetch(`${world.app.baseUrl}/recommendations?disputed=true`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(disputed.total).toBeGreaterThan(0);
    expect(Number(await page.locator('.figures div', { hasText: 'Reopened by a dispute' }).locator('dd').innerText())).toBe(disputed.total);
    await page.getByRole('heading', { name: /^Reopened by a dispute/ }).waitFor();
    expect(await page.locator('.activity li').count()).toBe(8);
    await page.context().close();
  });

  it("charts a donor's implemented recommendations by when they happened, not by when they were entered", async () => {
    const page = await world.open();
    await signIn(page, pages.donor.email, password);
    const table = page.locator('figure', { hasText: 'at the end of each quarter' }).locator('table');
    await table.waitFor({ state: 'attached' });
    const values = (await table.locator('tbody td').allInnerTexts()).map(Number);
    console.log(`donor's implemented at quarter ends: ${values.join(', ')}`);
    const token = await login(world.app.baseUrl, pages.donor.email, password);
    const list = await (
      await fetch(`${world.app.baseUrl}/recommendations?status=implemented,verified&pageSize=200`, { headers: { authorization: `Bearer ${token}` } })
    ).json();
    expect(values).toHaveLength(8);
    expect(values[7]).toBe(list.total);
    // The demo was entered today with its history in the past: by recorded time every earlier quarter would be 0.
    expect(values.slice(0, 7).some((value) => value > 0)).toBe(true);
    await page.context().close();
  });

  it.each(LANGUAGES)('in %s', async (language) => {
    const wide: string[] = [];
    const problems: string[] = [];
    for (const [role, { email, hashes }] of Object.entries(pages)) {
      for (const width of WIDTHS) {
        const page = await world.open({ width, height: width > 500 ? 900 : 844 });
        if (role === 'coordinator') {
          await page.locator('#language').selectOption(language);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await screenshot(page, `${language}-${width}-sign-in`);
          const excess = await widerThanWindow(page);
          if (excess > 0) wide.push(`sign-in at ${width} px: ${excess} px too wide`);
          if (width === WIDTHS[0]) problems.push(...(await accessibilityProblems(page)).map((p) => `sign-in: ${p}`));
          await page.locator('#language').selectOption('en');
        }
        await signIn(page, email, password);
        // The account's own language arrives with the account (its name in the header): choose after that.
        await page.waitForFunction(() => /^\s*Demo /.test(document.querySelector('header .account')?.textContent ?? ''));
        await page.locator('#language').selectOption(language);
        await page.waitForFunction((l) => document.documentElement.lang === l, language);
        for (const [name, hash] of Object.entries(hashes)) {
          await visit(page, hash);
          await screenshot(page, `${language}-${width}-${role}-${name}`);
          const excess = await widerThanWindow(page);
          if (excess > 0) wide.push(`${role} ${name} at ${width} px: ${excess} px too wide`);
          // On a wide screen the header is one line in every language (menu, language, account, sign out).
          const header = await page.locator('header.top').evaluate((e) => e.getBoundingClientRect().height);
          if (width === WIDTHS[0] && header > 64) wide.push(`${role} ${name}: the header wraps (${header} px high)`);
          if (width === WIDTHS[0]) problems.push(...(await accessibilityProblems(page)).map((p) => `${role} ${name}: ${p}`));
        }
        await page.context().close();
      }
    }
    expect(wide).toEqual([]);
    expect(problems).toEqual([]);
  });
});
