/// <reference lib="dom" />
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { loadAppConfig } from '../../src/config/app-config';
import { createEventStore } from '../../src/event-store/event-store.module';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { READ_MODELS } from '../../src/projections/read-models';
import { generateFromCommandLine } from '../../src/reports/cli/generate-from-command-line';
import { ReportArguments } from '../../src/reports/cli/report-arguments';
import { AssembledReport } from '../../src/reports/generated-report';
import { labelsFor } from '../../src/reports/labels/labels-for';
import { ReportLanguage } from '../../src/reports/labels/report-labels';
import { renderHtml } from '../../src/reports/rendering/render-html';
import { reportOutput } from '../../src/reports/report-output';
import { ids, writeFixedHistory } from './fixed-history';
import { LONG_STEPS, NARRATIVE_STEPS, coverSteps } from './long-history';
import { twoColourPng } from '../support/png';
import { LogoFiles } from '../../src/reports/files/logo-store';
import { PrintedText, brokenWords, documentSteps } from './print-flow';

/**
 * Every report type in every language, printed as it is handed over — the PDF (pdfkit) and the HTML
 * page printed to PDF by Chromium — turned into PNG pages under test-output/report-pages/ (pdftoppm)
 * and read back as text (pdftotext) to check what can be checked on paper.
 */
const PAGES = join(__dirname, '..', '..', 'test-output', 'report-pages');
const NOW = new Date('2025-04-01T08:00:00Z');
const LANGUAGES: ReportLanguage[] = ['en', 'ru', 'tg'];

type Asked = Omit<ReportArguments, 'lang' | 'format' | 'catchUp' | 'asOf'>;
const REPORTS: Record<string, Asked> = {
  'donor-inl': { report: 'donor-accountability', donor: ids.inl, period: '2025-Q1' },
  'donor-eu': { report: 'donor-accountability', donor: ids.eu, period: '2024' },
  'donor-standard': { report: 'donor-accountability', donor: ids.inl, period: '2025-Q1', template: 'standard' },
  'forum-follow-through': { report: 'forum-follow-through', forum: ids.forum1 },
  'organisation-scorecard': { report: 'organisation-scorecard', organisation: ids.ngoB },
  'audit-trail': { report: 'audit-trail', recommendation: ids.r2 },
};

async function catchUp(dataDir: string): Promise<Database.Database> {
  const config = loadAppConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
  const store = createEventStore(config);
  const manifest = new ProjectionManifest(join(dataDir, 'read-models'));
  const engine = new ProjectionEngine(store, manifest, READ_MODELS);
  await engine.start();
  await engine.waitUntilCaughtUp();
  await engine.stop();
  await store.close();
  const entry = manifest.get('tracker');
  return new Database(manifest.fileOf('tracker', entry?.generation ?? 0), { readonly: true, fileMustExist: true });
}

const imagesOnFirstPage = (name: string) =>
  execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', join(PAGES, `${name}.pdf`)], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => /image/.test(l)).length;

/** The PDF's pages as PNG files (pdftoppm) and its text in content-stream order (pdftotext -raw). */
function readBack(pdf: Buffer, name: string): { text: string; pages: number } {
  const file = join(PAGES, `${name}.pdf`);
  writeFileSync(file, pdf);
  for (const old of readdirSync(PAGES).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(PAGES, old));
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(PAGES, name)]);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { text, pages: readdirSync(PAGES).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length };
}

/**
 * How far down each page the printing reaches (0–1), from the text blocks pdftotext finds on it; the last page and
 * the pages a section ends on purpose (the cover) are left out, as they may end anywhere.
 */
function fillOfPages(name: string, pagesEndedOnPurpose: number): number[] {
  const layout = execFileSync('pdftotext', ['-bbox-layout', join(PAGES, `${name}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const fills = layout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)?.[1]);
      const bottoms = [...page.matchAll(/<block [^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
      return Math.max(0, ...bottoms) / height;
    });
  return fills.slice(pagesEndedOnPurpose, -1);
}

/** The web interface's status colours, read from its own source (src/web/public/components/charts.js). */
function webStatusColours(): Record<string, string> {
  const source = readFileSync(join(__dirname, '..', '..', 'src', 'web', 'public', 'components', 'charts.js'), 'utf8');
  const block = /STATUS_COLOURS = \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/(\w+): '(#[0-9a-f]{6})'/g)].map((m) => [m[1], m[2]]));
}

/** Every colour each status is drawn in, across every chart of the page, as the browser paints it. */
async function statusColours(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const seen: Record<string, Set<string>> = {};
    for (const element of document.querySelectorAll('[data-status]')) {
      const style = getComputedStyle(element);
      const colour = element.tagName === 'polyline' ? style.stroke : style.fill;
      (seen[element.getAttribute('data-status') as string] ??= new Set()).add(colour);
    }
    return Object.fromEntries(Object.entries(seen).map(([status, colours]) => [status, [...colours]]));
  });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const expectedStatusColours = (seen: Record<string, string[]>) => {
  const web = webStatusColours();
  return Object.fromEntries(Object.keys(seen).map((status) => [status, [rgb(web[status])]]));
};

/** A JPEG as a browser encodes one: a small coloured block with a word on it. */
async function jpegLogo(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 120, height: 60 } });
  await page.setContent('<body style="margin:0;background:#1e7a34;color:#fff;font:bold 28px sans-serif;padding:12px">CWFA</body>');
  const jpeg = await page.screenshot({ type: 'jpeg', quality: 80 });
  await page.close();
  return jpeg;
}

describe('print quality: every report, every language, on paper', () => {
  let db: Database.Database;
  let browser: Browser;
  let logos: LogoFiles;
  const generated = new Map<string, AssembledReport>();

  beforeAll(async () => {
    mkdirSync(PAGES, { recursive: true });
    const dataDir = mkdtempSync(join(tmpdir(), 'ft-print-'));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    logos = LogoFiles.in(dataDir);
    const cover = coverSteps(logos.put(twoColourPng(160, 48, [11, 60, 93], [242, 201, 76])), logos.put(await jpegLogo(browser)));
    await writeFixedHistory(dataDir, [...LONG_STEPS, ...cover, ...NARRATIVE_STEPS]);
    db = await catchUp(dataDir);
  }, 120_000);
  afterAll(async () => {
    db?.close();
    await browser?.close();
  });

  const report = (name: string, lang: ReportLanguage) => {
    const key = `${name}-${lang}`;
    if (!generated.has(key))
      generated.set(
        key,
        generateFromCommandLine(db, { ...REPORTS[name], lang, format: 'pdf', catchUp: false, asOf: '2025-03-31' }, () => {}, logos),
      );
    return generated.get(key) as AssembledReport;
  };

  describe.each(Object.keys(REPORTS))('%s', (name) => {
    it.each(LANGUAGES)('PDF in %s: every word whole, headers on every continued page, headings kept with what follows', async (lang) => {
      const generatedReport = report(name, lang);
      const { body } = await reportOutput(generatedReport, 'pdf', NOW);
      const document = { ...generatedReport.document, renderedAt: NOW.toISOString() };
      const { text, pages } = readBack(body, `${name}-${lang}-pdf`);
      expect(pages).toBeGreaterThan(0);
      if (name === 'donor-inl') expect(imagesOnFirstPage(`${name}-${lang}-pdf`)).toBe(2);
      expect(brokenWords(document, text)).toEqual([]);
      expect(new PrintedText(text, true).walk(documentSteps(document, 'pdf'))).toEqual([]);
      expect(text).not.toMatch(/\d{4}-[\d-]*…/);
      const cover = document.sections.filter((s) => s.endsPage).length;
      expect(fillOfPages(`${name}-${lang}-pdf`, cover).filter((fill) => fill < 0.5)).toEqual([]);
    });

    it.each(LANGUAGES)('in %s, a series named after a status is drawn as that status', (lang) => {
      const statuses = labelsFor(lang).statuses;
      const named = report(name, lang).document.sections.flatMap((s) =>
        s.blocks.flatMap((b) => (b.kind === 'chart' ? b.series.map((series) => ({ label: series.label, status: series.status ?? null })) : [])),
      );
      const byLabel = Object.fromEntries(Object.entries(statuses).map(([status, label]) => [label, status]));
      for (const series of named.filter((s) => s.label in byLabel)) expect(series).toEqual({ label: series.label, status: byLabel[series.label] });
    });

    it.each(LANGUAGES)('printed HTML in %s: every word whole, headers on every continued page, one colour per status', async (lang) => {
      const document = { ...report(name, lang).document, renderedAt: NOW.toISOString() };
      const page = await browser.newPage();
      await page.setContent(renderHtml(document));
      const colours = await statusColours(page);
      if (name.startsWith('donor-')) expect(Object.keys(colours).length).toBeGreaterThan(2);
      expect(colours).toEqual(expectedStatusColours(colours));
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      await page.close();
      const { text, pages } = readBack(pdf, `${name}-${lang}-html`);
      expect(pages).toBeGreaterThan(0);
      expect(brokenWords(document, text)).toEqual([]);
      expect(new PrintedText(text, false).walk(documentSteps(document, 'html'))).toEqual([]);
      expect(text).not.toMatch(/\d{4}-[\d-]*…/);
      const cover = document.sections.filter((s) => s.endsPage).length;
      expect(fillOfPages(`${name}-${lang}-html`, cover).filter((fill) => fill < 0.5)).toEqual([]);
    });
  });
});
