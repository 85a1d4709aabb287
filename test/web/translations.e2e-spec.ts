import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { asCoordinator, eventually } from '../portal/portal-support';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

jest.setTimeout(90_000);

const RUSSIAN = 'Открыть кризисный центр для пострадавших в каждом районе';
const ENGLISH = 'Open a crisis centre for survivors in every district (reworded)';

/** In headless Chromium: a coordinator translates a recommendation; the page shows the reader's language or the original, marked. */
describe('web: translations', () => {
  let world: BrowserWorld;
  let recommendation: { id: string; text: string };
  let forum: { forumId: string; title: string };

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.app.app.get(DemoLoader).load();
    const coordinator = asCoordinator(world.app);
    const forums = await eventually(async () => {
      const answer = (await coordinator.get('/forums')).body as unknown as { forumId: string; title: string; recommendations: number }[];
      return answer.reduce((n, f) => n + f.recommendations, 0) === DEMO_RECOMMENDATIONS.length && answer;
    });
    forum = forums[0];
    const listed = await coordinator.get(`/recommendations?forumId=${forum.forumId}&pageSize=100`);
    recommendation = (listed.body.items as unknown as { id: string; text: string }[])[0];
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('shows the original marked until there is a translation in the reader’s language', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.goto(`${world.app.baseUrl}/#/recommendations/${recommendation.id}`);
    const panel = page.getByRole('region', { name: 'In other languages' });
    await panel.getByText('No translation yet.').waitFor();
    expect(await panel.locator('p.translated').innerText()).toBe(`${recommendation.text} (original)`);

    await panel.getByLabel('Language of the translation').selectOption('ru');
    await panel.getByLabel('Text in that language').fill(RUSSIAN);
    await panel.getByRole('button', { name: 'Save the translation' }).click();
    await panel.getByText(RUSSIAN).waitFor();
    expect(await panel.locator('p.translated').innerText()).toBe(`${recommendation.text} (original)`);

    await panel.getByLabel('Language of the translation').selectOption('en');
    await panel.getByLabel('Text in that language').fill(ENGLISH);
    await panel.getByRole('button', { name: 'Save the translation' }).click();
    await panel.locator('p.translated', { hasText: ENGLISH }).waitFor();
    expect(await panel.locator('p.translated').innerText()).toBe(ENGLISH);
    await screenshot(page, 'translations-recommendation');
  });

  it("translates a forum's title on the forum's page", async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.goto(`${world.app.baseUrl}/#/forums/${forum.forumId}`);
    const panel = page.getByRole('region', { name: 'In other languages' });
    await panel.getByText('No translation yet.').waitFor();
    expect(await panel.locator('p.translated').innerText()).toBe(`${forum.title} (original)`);
    await panel.getByLabel('Language of the translation').selectOption('en');
    await panel.getByLabel('Title in that language').fill('Regional forum, in plain English');
    await panel.getByRole('button', { name: 'Save the translation' }).click();
    await panel.locator('p.translated', { hasText: 'Regional forum, in plain English' }).waitFor();
    expect(await panel.locator('p.translated').innerText()).toBe('Regional forum, in plain English');
  });
});
