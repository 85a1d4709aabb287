import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { PACKAGED_VOCABULARIES } from '../../src/vocabularies/packaged';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

jest.setTimeout(90_000);

const label = (kind: keyof typeof PACKAGED_VOCABULARIES, code: string, language: 'en' | 'ru' | 'tg') =>
  PACKAGED_VOCABULARIES[kind].find((term) => term.code === code)?.labels[language] as string;

/** In headless Chromium, on the demo: the list and a recommendation's page show its tags as the vocabularies label them. */
describe('web: tags in the reader’s language', () => {
  let world: BrowserWorld;
  // The demo recommendation tagged with SDG targets, CEDAW areas and a mechanism (the one on laws and policies).
  const tagged = DEMO_RECOMMENDATIONS.find((r) => r.mechanisms?.length) as (typeof DEMO_RECOMMENDATIONS)[number];

  beforeAll(async () => {
    world = await startBrowserWorld();
    await world.app.app.get(DemoLoader).load();
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it.each(['ru', 'tg'] as const)('filters by a mechanism and shows every tag in %s', async (language) => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.locator('#language').selectOption(language);
    await page.waitForFunction((l) => document.documentElement.lang === l, language);
    await page.goto(`${world.app.baseUrl}/#/recommendations`);
    const filters = page.getByRole('search');
    const mechanism = tagged.mechanisms?.[0] as string;
    await filters.locator('select[name="mechanism"]').selectOption(mechanism);
    await filters.locator('button[type="submit"]').click();
    const card = page.locator('.card', { hasText: tagged.text });
    await card.waitFor();
    expect(await page.locator('.card').count()).toBe(1);
    expect(await card.locator('.tags').textContent()).toBe(
      [...tagged.themes]
        .sort()
        .map((code) => label('themes', code, language))
        .join(', '),
    );
    await card.getByRole('link', { name: tagged.text }).click();
    const facts = page.locator('dl.facts');
    await facts.waitFor();
    const text = await facts.textContent();
    for (const code of tagged.targetRegions) expect(text).toContain(label('regions', code, language));
    for (const code of tagged.sdgTargets ?? []) expect(text).toContain(label('sdgTargets', code, language));
    for (const code of tagged.cedawAreas ?? []) expect(text).toContain(label('cedawAreas', code, language));
    expect(text).toContain(label('mechanisms', mechanism, language));
    await screenshot(page, `tags-recommendation-${language}`);
  });
});
