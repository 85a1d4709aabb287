/// <reference lib="dom" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { renderHtml } from '../../src/reports/rendering/render-html';
import { HOSTILE_TEXT, russianReportDocument, sampleReportDocument } from './sample-report-document';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** The share of a PNG's pixels that are not near-white, decoded by the browser itself. */
async function inkedShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (data: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 600) inked++;
    return inked / (pixels.length / 4);
  }, png.toString('base64'));
}

describe('the printable HTML report in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  });
  afterAll(async () => browser?.close());
  beforeEach(async () => {
    problems.length = 0;
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.on('console', (message) => problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => problems.push(`request ${request.url()}`));
  });
  afterEach(async () => page?.close());

  it('renders a page that is not blank, with charts of real size', async () => {
    await page.setContent(renderHtml(sampleReportDocument()));
    const png = await page.screenshot({ fullPage: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'sample-report-en.png'), png);
    expect(await inkedShare(page, png)).toBeGreaterThan(0.02);
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const box = await charts.nth(i).boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(50);
    }
    const bars = await page.locator('svg.chart-bar rect.bar').evaluateAll((rects) => rects.map((r) => (r as SVGGraphicsElement).getBBox().height));
    expect(bars).toHaveLength(5);
    expect(bars[2]).toBeGreaterThan(bars[0]);
  });

  it('applies its own style sheet under its own content security policy, and asks for nothing', async () => {
    await page.setContent(renderHtml(sampleReportDocument()));
    const style = await page.locator('th').first().evaluate((th) => getComputedStyle(th).backgroundColor);
    expect(style).toBe('rgb(228, 235, 241)');
    expect(await page.locator('td.num').first().evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
    expect(problems).toEqual([]);
  });

  it('shows hostile user text as text and runs nothing', async () => {
    await page.setContent(renderHtml(sampleReportDocument()));
    expect(await page.title()).toBe('Donor accountability report');
    expect(await page.locator('tbody tr').nth(1).locator('td').nth(2).textContent()).toBe(HOSTILE_TEXT);
    expect(await page.locator('script, img, [onerror]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('prints Russian labels and Tajik user text', async () => {
    await page.setContent(renderHtml(russianReportDocument()));
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.locator('h1').textContent()).toBe('Отчёт для донора о выполнении рекомендаций');
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(join(SCREENSHOTS, 'sample-report-ru.png'), png);
    expect(await inkedShare(page, png)).toBeGreaterThan(0.02);
  });

  it('repeats table headers and keeps rows whole when printed', async () => {
    await page.setContent(renderHtml(sampleReportDocument()));
    await page.emulateMedia({ media: 'print' });
    const thead = await page.locator('thead').first().evaluate((element) => getComputedStyle(element).display);
    expect(thead).toBe('table-header-group');
    expect(await page.locator('tbody tr').first().evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
  });
});
