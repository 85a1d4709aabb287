/// <reference lib="dom" />
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { TestApp, startTestApp } from '../support/test-app';
import { ids, writeFixedHistory } from './fixed-history';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's entry point runs a self-test on import
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number; info: Record<string, string> }>;

const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

describe('report formats: parsed back and rendered', () => {
  let t: TestApp;
  const download = async (query: string) => {
    const response = await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31&${query}`, {
      headers: { authorization: `Bearer ${t.coordinatorToken}` },
    });
    expect(response.status).toBe(200);
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ft-formats-'));
    await writeFixedHistory(dataDir);
    t = await startTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => t?.stop());

  it('CSV: a BOM, CRLF lines, every section, user text quoted as entered', async () => {
    const { response, body } = await download('format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="donor-accountability-inl-2025-Q1.csv"/);
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n"Summary"\r\n');
    expect(text).toContain('"Implementation rate",0.25\r\n');
    expect(text).toContain('Reasons goals were not met');
    expect(text).toContain('Adopt referral guidelines for survivors');
  });

  it('XLSX: one sheet per section, typed cells, frozen headers', async () => {
    const { body } = await download('format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Report', 'Summary', 'Transitions in the period', 'Overdue commitments', 'By theme', 'By region']));
    expect(names).toHaveLength(new Set(names).size);
    const summary = workbook.getWorksheet('Summary') as ExcelJS.Worksheet;
    const rate = summary.getRows(1, summary.rowCount)?.find((r) => r.getCell(1).value === 'Implementation rate');
    expect(rate?.getCell(2).value).toBe(0.25);
    expect(rate?.getCell(2).numFmt).toBe('0.0%');
    const transitions = workbook.getWorksheet('Transitions in the period') as ExcelJS.Worksheet;
    expect(transitions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(transitions.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(transitions.rowCount).toBe(15);
  });

  it('PDF: made in-process, the key figures and Russian labels extractable', async () => {
    const english = await pdfParse((await download('format=pdf')).body);
    expect(english.info.Title).toBe('Donor accountability report');
    expect(english.numpages).toBeGreaterThan(1);
    expect(english.text).toContain('Implementation rate');
    expect(english.text).toContain('25.0 %');
    expect(english.text).toContain('Trainers unavailable');
    const russian = await pdfParse((await download('format=pdf&lang=ru')).body);
    expect(russian.text).toContain('Доля выполненных');
    expect(russian.text).toContain('Adopt referral guidelines for survivors');
  });

  describe('the printable HTML page in headless Chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
    });
    afterAll(async () => browser?.close());

    it('renders text and charts, and its screenshot is not blank', async () => {
      const { response, body } = await download('format=html&lang=tg');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
      await page.setContent(body.toString('utf8'));
      expect(await page.locator('h1').textContent()).toBe('Ҳисобот барои донор дар бораи иҷрои тавсияҳо');
      expect(await page.locator('section').count()).toBeGreaterThanOrEqual(10);
      const chart = await page.locator('figure.chart svg').first().boundingBox();
      expect(chart?.width).toBeGreaterThan(100);
      expect(chart?.height).toBeGreaterThan(50);
      const png = await page.screenshot({ fullPage: true });
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(join(SCREENSHOTS, 'donor-report-tg.png'), png);
      const inked = await page.evaluate(async (data: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as CanvasRenderingContext2D;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) dark++;
        return dark / (pixels.length / 4);
      }, png.toString('base64'));
      expect(inked).toBeGreaterThan(0.01);
      await page.close();
    });

    it('shows user text as text, never as markup', async () => {
      const hostile = '<script>document.title="owned"</script><img src=x onerror="document.title=1">';
      const proposed = await fetch(`${t.baseUrl}/forums/${ids.forum1}/recommendations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: hostile, themes: ['services'], targetRegions: ['TJ-KT'], priority: 'low' }),
      });
      expect(proposed.status).toBe(201);
      const { id } = (await proposed.json()) as { id: string };
      const position = proposed.headers.get('x-event-position') as string;
      const response = await fetch(`${t.baseUrl}/reports/recommendations/${id}/audit-trail?format=html&position=${position}`, {
        headers: { authorization: `Bearer ${t.coordinatorToken}` },
      });
      const html = await response.text();
      expect(html).not.toMatch(/<script|<img/i);
      const page = await browser.newPage();
      await page.setContent(html);
      expect(await page.locator('p.subtitle').textContent()).toBe(hostile);
      expect(await page.title()).toBe('Audit trail of a recommendation');
      expect(await page.locator('table tbody tr').count()).toBe(1);
      await page.close();
    });
  });
});
