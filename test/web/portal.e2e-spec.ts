import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { asCoordinator, eventually } from '../portal/portal-support';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';
import { PACKAGED_VOCABULARIES } from '../../src/vocabularies/packaged';

/** A theme's label in a language, as the packaged list gives it. */
const themeLabel = (code: string, language: 'ru' | 'tg') => PACKAGED_VOCABULARIES.themes.find((term) => term.code === code)?.labels[language];

jest.setTimeout(90_000);

/** In headless Chromium: a coordinator publishes a forum with the button; the public reads it in Russian with JavaScript off. */
describe('web: the public portal', () => {
  let world: BrowserWorld;
  let forum: { forumId: string; title: string };
  let texts: string[];
  let firstThemes: string[];

  beforeAll(async () => {
    world = await startBrowserWorld({ PORTAL_REQUESTS_PER_MINUTE: '100000' });
    await world.app.app.get(DemoLoader).load();
    const coordinator = asCoordinator(world.app);
    const forums = await eventually(async () => {
      const answer = (await coordinator.get('/forums')).body as unknown as { forumId: string; title: string; recommendations: number }[];
      // Until the read model has every demo recommendation: a count seen earlier may still be growing.
      return answer.reduce((n, f) => n + f.recommendations, 0) === DEMO_RECOMMENDATIONS.length && answer;
    });
    forum = forums[0];
    const listed = await coordinator.get(`/recommendations?forumId=${forum.forumId}&pageSize=100`);
    const items = listed.body.items as unknown as { text: string; themes: string[] }[];
    texts = items.map((r) => r.text);
    firstThemes = items[0].themes;
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('a coordinator publishes the forum under a licence chosen on its page', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.goto(`${world.app.baseUrl}/#/forums/${forum.forumId}`);
    const panel = page.getByRole('region', { name: 'Public portal' });
    await panel.getByText('Not published').waitFor();
    await panel.getByLabel('Licence of the open data').selectOption('CC0-1.0');
    await panel.getByRole('button', { name: 'Publish' }).click();
    await panel.getByText('Published on the public portal under CC0-1.0.').waitFor();
    await panel.getByRole('button', { name: 'Unpublish' }).waitFor();
  });

  it('anyone reads the published forum and its recommendations in Russian, with JavaScript off', async () => {
    const context = await world.browser.newContext({ javaScriptEnabled: false, locale: 'ru-RU', viewport: { width: 412, height: 900 } });
    try {
      const page = await context.newPage();
      await eventually(async () => (await page.goto(`${world.app.baseUrl}/portal`))?.status() === 200 && (await page.content()).includes(forum.title));
      await page.getByRole('heading', { level: 2, name: 'Опубликованные форумы' }).waitFor();
      await page
        .getByRole('img', { name: /Рекомендации по статусу/ })
        .first()
        .waitFor();
      await page.getByRole('link', { name: forum.title }).click();
      await page.getByRole('heading', { level: 1, name: forum.title }).waitFor();
      for (const text of texts) await page.getByRole('link', { name: text }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await page.getByText('CC0-1.0').waitFor();
      await page.screenshot({ path: '/tmp/portal.png', fullPage: true });
      await screenshot(page, 'portal-forum-ru');
      await page.getByRole('link', { name: texts[0] }).click();
      await page.getByRole('heading', { level: 2, name: 'Ход выполнения' }).waitFor();
      await page.getByText('Нет открытых подтверждений.').waitFor();
      // Its themes as the vocabulary labels them in the reader's language, not as codes.
      const themes = page.locator('dt', { hasText: 'Темы' }).locator('xpath=following-sibling::dd');
      expect(await themes.textContent()).toBe(firstThemes.map((code) => themeLabel(code, 'ru')).join(', '));
      await page.getByRole('link', { name: 'TG' }).click();
      await page.getByRole('heading', { level: 2, name: 'Рафти иҷро' }).waitFor();
      const tajik = page.locator('dt', { hasText: 'Мавзӯъҳо' }).locator('xpath=following-sibling::dd');
      expect(await tajik.textContent()).toBe(firstThemes.map((code) => themeLabel(code, 'tg')).join(', '));
    } finally {
      await context.close();
    }
  });
});
