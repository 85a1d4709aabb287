import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { DemoLoader } from '../../src/demo/demo-loader';
import { parseCsv } from '../exports/csv-reading';
import { login } from '../support/test-app';
import { BrowserWorld, screenshot, signIn, startBrowserWorld } from './support/browser';

jest.setTimeout(90_000);

type Item = Record<string, unknown>;

/** In headless Chromium on the demo tracker: Export on the recommendations page gives the file of the list on screen. */
describe('web: exporting a list', () => {
  let world: BrowserWorld;
  let password: string;
  let token: string;

  beforeAll(async () => {
    world = await startBrowserWorld();
    password = (await world.app.app.get(DemoLoader).load()).accounts.password as string;
    token = await login(world.app.baseUrl, 'coordinator@demo.follow-through.org', password);
    for (let i = 0; (await list('')).length < 14 && i < 100; i++) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => world?.stop());
  afterEach(() => expect(world.problems).toEqual([]));

  async function list(query: string): Promise<Item[]> {
    const response = await fetch(`${world.app.baseUrl}/recommendations?pageSize=200&${query}`, { headers: { authorization: `Bearer ${token}` } });
    return ((await response.json()) as { items: Item[] }).items;
  }

  it('downloads the filtered list as CSV with the columns ticked, then as XLSX in Russian', async () => {
    const page = await world.open();
    await signIn(page, 'coordinator@demo.follow-through.org', password);
    await page.goto(`${world.app.baseUrl}/#/recommendations?status=assigned%2Caccepted%2Cin_progress&sort=dueDate`);
    await page.getByRole('heading', { level: 1, name: 'Recommendations' }).waitFor();
    await page.locator('.card').first().waitFor();

    const control = page.locator('details.export');
    await control.locator('summary', { hasText: 'Export' }).click();
    // At first the columns the list shows are ticked.
    expect(await control.getByLabel('Recommendation', { exact: true }).isChecked()).toBe(true);
    expect(await control.getByLabel('Id', { exact: true }).isChecked()).toBe(false);
    await control.getByLabel('Id', { exact: true }).check();
    await control.getByLabel('Forum', { exact: true }).uncheck();
    await control.getByLabel('Percent complete').uncheck();
    await screenshot(page, 'export-recommendations');
    const csvDownload = page.waitForEvent('download');
    await control.getByRole('button', { name: 'Download' }).click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toMatch(/^recommendations-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(await csvFile.path())));
    const items = await list('status=assigned,accepted,in_progress&sort=dueDate');
    expect(items.length).toBeGreaterThan(3);
    expect(rows[0]).toEqual(['Id', 'Recommendation', 'Status', 'Responsible organisation', 'Due', 'Days overdue']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(items.map((i) => i.id));
    await control.getByText(/Downloaded recommendations-.*\.csv/).waitFor();

    await page.getByLabel('Language').selectOption('ru');
    await control.getByLabel('XLSX').check();
    const xlsxDownload = page.waitForEvent('download');
    await control.getByRole('button', { name: 'Скачать' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await (await xlsxDownload).path());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Идентификатор', 'Рекомендация', 'Статус', 'Ответственная организация', 'Срок', 'Дней просрочки']);
    expect(sheet.rowCount).toBe(items.length + 1);
    const russian: Record<string, string> = { assigned: 'Назначена', accepted: 'Принята', in_progress: 'В работе' };
    expect(sheet.getColumn(3).values.slice(2)).toEqual(items.map((item) => russian[item.status as string]));
  });
});
