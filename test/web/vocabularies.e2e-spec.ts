import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { ids, writeFixedHistory } from '../reports/fixed-history';
import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

/**
 * A coordinator keeps the vocabularies in a real browser (adds a region of another country, changes its labels,
 * retires and restores it, reads it in Russian), and maps an EU donor's themes to the Spotlight pillars on the
 * reports page; the donor's EU report (the fixed history, 2024) then groups the legal-aid recommendation by that mapping.
 */
describe('web: vocabularies and the pillar mapping', () => {
  let world: BrowserWorld;
  const dataDir = mkdtempSync(join(tmpdir(), 'ft-vocabularies-'));

  beforeAll(async () => {
    await writeFixedHistory(dataDir);
    world = await startBrowserWorld({ DATA_DIR: dataDir });
  }, 60_000);
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  const row = (page: Page, code: string) => page.locator(`tr[data-code="${code}"]`);

  it('adds, relabels, retires and restores a term, refuses a code taken, and shows the labels in Russian', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('main').getByRole('link', { name: 'Vocabularies' }).click();
    await page.getByRole('heading', { name: 'Vocabularies', level: 1 }).waitFor();
    await row(page, 'legal-aid').getByText('Ёрии ҳуқуқӣ').waitFor();
    await page.getByLabel('Vocabulary', { exact: true }).selectOption({ label: 'Regions and districts' });
    await row(page, 'TJ-KT-bokhtar').getByText('Khatlon').waitFor();

    const add = page.locator('form', { has: page.getByRole('heading', { name: 'Add a term: Regions and districts' }) });
    await add.getByLabel('Code').fill('TJ-KT');
    await add.getByLabel('In English').fill('Khatlon again');
    await add.getByLabel('In Russian').fill('Хатлон');
    await add.getByLabel('In Tajik').fill('Хатлон');
    await add.getByRole('button', { name: 'Add term' }).click();
    await add.getByRole('alert').getByText('This vocabulary already has a term with this code.', { exact: false }).waitFor();

    await add.getByLabel('Code').fill('KZ-75');
    await add.getByLabel('In English').fill('Almaty');
    await add.getByLabel('In Russian').fill('Алматы');
    await add.getByLabel('In Tajik').fill('Алмаато');
    await add.getByLabel('Other spellings').fill('Alma-Ata, Алма-Ата');
    const added = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/vocabularies/regions/terms'));
    await add.getByRole('button', { name: 'Add term' }).click();
    expect((await added).status()).toBe(201);
    expect(JSON.parse((await added).request().postData() ?? '{}')).toEqual({
      code: 'KZ-75',
      labels: { en: 'Almaty', ru: 'Алматы', tg: 'Алмаато' },
      aliases: ['Alma-Ata', 'Алма-Ата'],
    });
    await row(page, 'KZ-75').getByText('Алмаато').waitFor();

    await row(page, 'KZ-75').getByRole('button', { name: 'Change labels' }).click();
    const relabel = page.locator('form', { has: page.getByRole('heading', { name: 'Labels of KZ-75' }) });
    expect(await relabel.getByLabel('Other spellings').inputValue()).toBe('Alma-Ata, Алма-Ата');
    await relabel.getByLabel('In English').fill('Almaty city');
    await relabel.getByLabel('In Tajik').fill('');
    await relabel.getByRole('button', { name: 'Save labels' }).click();
    expect(await relabel.getByLabel('In Tajik').getAttribute('aria-invalid')).toBe('true');
    await relabel.getByLabel('In Tajik').fill('шаҳри Алмаато');
    await relabel.getByRole('button', { name: 'Save labels' }).click();
    await row(page, 'KZ-75').getByText('шаҳри Алмаато').waitFor();
    await row(page, 'KZ-75').getByText('Almaty city').waitFor();

    await row(page, 'KZ-75').getByRole('button', { name: 'Retire' }).click();
    await row(page, 'KZ-75').getByText('Retired').waitFor();
    await screenshot(page, 'coordinator-vocabularies');
    await row(page, 'KZ-75').getByRole('button', { name: 'Restore' }).click();
    await row(page, 'KZ-75').getByText('Offered').waitFor();

    await page.locator('#language').selectOption('ru');
    await page.getByRole('heading', { name: 'Справочники', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'На русском' }).waitFor();
    await row(page, 'TJ-KT').getByText('Хатлонская область').waitFor();
    // The account keeps the language it chose: back to English for what follows.
    const saved = page.waitForResponse((r) => r.url().endsWith('/accounts/me/language'));
    await page.locator('#language').selectOption('en');
    await saved;
  });

  it("maps a donor's theme to a pillar, and the donor's EU report groups by it", async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    const form = page.locator('form', { has: page.getByRole('heading', { name: "A donor's themes and the Spotlight pillars" }) });
    await form.getByLabel('Donor').selectOption({ label: 'European Union — Spotlight Initiative' });
    const legalAid = form.getByLabel('Legal aid', { exact: true });
    expect(await legalAid.locator('option').first().innerText()).toBe('Built-in: Services');
    await legalAid.selectOption({ label: 'Institutions' });
    const answered = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/pillar-mapping'));
    await form.getByRole('button', { name: 'Save pillar mapping' }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ mapping: { 'legal-aid': 'institutions' } });
    await form.getByRole('status').waitFor();
    await screenshot(page, 'coordinator-pillar-mapping');

    const position = (await response.headerValue('x-event-position')) as string;
    const report = await fetch(`${world.app.baseUrl}/reports/donor-accountability?donorId=${ids.eu}&period=2024&asOf=2025-03-31&position=${position}`, {
      headers: { authorization: `Bearer ${world.app.coordinatorToken}` },
    });
    const eu = ((await report.json()) as { eu: { pillars: { pillar: string; recommendations: number; themes: string[] }[] } }).eu;
    expect(eu.pillars.find((p) => p.pillar === 'institutions')).toMatchObject({ recommendations: 1, themes: ['legal-aid'] });
    expect(eu.pillars.find((p) => p.pillar === 'services')).toMatchObject({ recommendations: 0 });

    // Opened again, the form shows the mapping the framework now holds.
    await page.reload();
    await form.getByLabel('Donor').selectOption({ label: 'European Union — Spotlight Initiative' });
    expect(await form.getByLabel('Legal aid', { exact: true }).inputValue()).toBe('institutions');
  });
});
