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
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
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
    const style = await page
      .locator('th')
      .first()
      .evaluate((th) => getComputedStyle(th).backgroundColor);
    expect(style).toBe('rgb(228, 235, 241)');
    expect(
      await page
        .locator('td.num')
        .first()
        .evaluate((td) => getComputedStyle(td).textAlign),
    ).toBe('right');
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
    const thead = await page
      .locator('thead')
      .first()
      .evaluate((element) => getComputedStyle(element).display);
    expect(thead).toBe('table-header-group');
    expect(
      await page
        .locator('tbody tr')
        .first()
        .evaluate((row) => getComputedStyle(row).breakInside),
    ).toBe('avoid');
  });

  it('fits every table, however wide, inside an A4 page when printed, without breaking a header word', async () => {
    const wide = sampleReportDocument();
    const headers = [
      'Pillar',
      'Themes',
      'Recommendations',
      'proposed',
      'assigned',
      'accepted',
      'in progress',
      'implemented',
      'verified',
      'withdrawn',
      'Implemented in the period',
      'Implementation rate',
      'Target',
      'Met',
    ];
    wide.sections.push({
      id: 'pillars',
      title: 'Recommendations by Spotlight pillar',
      blocks: [
        {
          kind: 'table',
          columns: headers.map((label, i) => ({ key: `c${i}`, label, type: i > 1 && i < 13 ? ('integer' as const) : ('text' as const) })),
          rows: [headers.map((_, i) => (i > 1 && i < 13 ? 12345 : 'Laws and policies'))],
        },
      ],
    });
    // A4 less the printed margins (210 mm − 2 × 12 mm) at 96 px to the inch.
    await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1200 });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(renderHtml(wide));
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((t) => t.querySelector('th')?.textContent),
    );
    expect(overflowing).toEqual([]);
    const brokenHeaders = await page.evaluate(() =>
      [...document.querySelectorAll('th')]
        .filter((th) => {
          const range = document.createRange();
          const words = (th.textContent ?? '').split(' ');
          // A header word broken inside itself spans more than one line box.
          return words.some((word, i) => {
            const start = words.slice(0, i).join(' ').length + (i > 0 ? 1 : 0);
            const node = th.firstChild as Text | null;
            if (!node || node.nodeType !== Node.TEXT_NODE) return false;
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            return range.getClientRects().length > 1;
          });
        })
        .map((th) => th.textContent),
    );
    expect(brokenHeaders).toEqual([]);
  });
});
