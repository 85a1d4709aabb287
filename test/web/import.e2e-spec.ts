import { COORDINATOR_EMAIL, COORDINATOR_PASSWORD } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

const HEADER = 'Reference;Forum title;Forum kind;Forum start date;Country;Organisers;Recommendation;Themes;Priority;Responsible organisation;Due date';
const row = (reference: string, text: string, responsible: string) =>
  `${reference};Roundtable on referral pathways;roundtable;2024-04-10;TJ;Innovations LAB;"${text}";services;medium;${responsible};2025-06-30`;

describe('web: importing a spreadsheet', () => {
  let world: BrowserWorld;

  beforeAll(async () => {
    world = await startBrowserWorld();
    const registered = await fetch(`${world.app.baseUrl}/organisations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.app.coordinatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Innovations LAB', kind: 'ngo', country: 'TJ' }),
    });
    expect(registered.status).toBe(201);
  }, 60_000);
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  it('a coordinator uploads a file, reads the problems with suggestions, uploads it corrected and imports it', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    const wrong = [HEADER, row('w-1', 'Map the referral pathway for survivors in each district', 'Inovations Lab')].join('\r\n');
    await page.getByLabel('Spreadsheet (XLSX or CSV)').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from(wrong) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('Did you mean: Innovations LAB?').waitFor();
    await page.getByText('1 rows: 0 forums, 0 recommendations and 0 assignments to create').waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ rows$/ }).count()).toBe(0);
    await screenshot(page, 'import-preview-problems');

    const right = [HEADER, row('w-1', 'Map the referral pathway for survivors in each district', 'Innovations LAB')].join('\r\n');
    await page.getByLabel('Spreadsheet (XLSX or CSV)').setInputFiles({ name: 'right.csv', mimeType: 'text/csv', buffer: Buffer.from(right) });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('1 rows: 1 forums, 1 recommendations and 1 assignments to create').waitFor();
    await page.getByRole('button', { name: 'Import 1 rows' }).click();
    await page.getByText('Imported: 1 forums, 1 recommendations, 1 assignments created.').waitFor();
    await screenshot(page, 'import-done');
  }, 60_000);

  it('names each problem in the reader’s language: the column by its header, the rule in words', async () => {
    const page = await world.open();
    await signIn(page, COORDINATOR_EMAIL, COORDINATOR_PASSWORD);
    await page.locator('#language').selectOption('ru');
    await page.goto(`${world.app.baseUrl}/#/import`);
    const early = `w-3;Roundtable on referral pathways;roundtable;2024-04-10;TJ;Innovations LAB;"Train referral officers";services;medium;Innovations LAB;2024-01-15`;
    const wrong = [HEADER, row('w-2', 'Open a second shelter in Khatlon', 'Inovations Lab'), early].join('\r\n');
    await page.getByLabel('Таблица (XLSX или CSV)').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from(wrong) });
    await page.getByRole('button', { name: 'Проверить файл' }).click();
    await page.getByText('Ответственная организация: Организация «Inovations Lab» не зарегистрирована').waitFor();
    await page.getByText(/^Срок: .* — раньше начала форума/).waitFor();
    expect(await page.getByText('is registered').count()).toBe(0);
    await screenshot(page, 'import-preview-problems-ru');
    await page.locator('#language').selectOption('en');
  }, 60_000);
});
