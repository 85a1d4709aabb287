import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAJIK_TEXT, bigTableReportDocument, russianReportDocument, sampleReportDocument } from '../../../test/reports/sample-report-document';
import { ReportDocument } from '../document/report-document';
import { renderPdf } from './render-pdf';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's entry point runs a self-test on import
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string; numpages: number; info: Record<string, string> }>;

const count = (text: string, part: string) => text.split(part).length - 1;

describe('renderPdf', () => {
  it('prints the title, parameters, key figures, tables and chart labels, and names the document', async () => {
    const pdf = await pdfParse(await renderPdf(sampleReportDocument()));
    expect(pdf.info.Title).toBe('Donor accountability report');
    for (const text of [
      'Donor accountability report',
      'Data position',
      '1042',
      'Implementation rate',
      '42.9 %',
      '12345',
      'Transitions in the period',
      'Train 400 police officers in Khatlon',
      'Every theme has recommendations.',
      'Trainers unavailable in the second quarter.',
      'Gender-based violence',
      '2024-Q3',
      'Generated at',
    ]) {
      expect(pdf.text).toContain(text);
    }
    expect(pdf.text).toContain('<script>document.title="owned"</script>');
  });

  it('numbers its pages "n / N"', async () => {
    const pdf = await pdfParse(await renderPdf(sampleReportDocument()));
    for (let page = 1; page <= pdf.numpages; page++) expect(pdf.text).toContain(`${page} / ${pdf.numpages}`);
  });

  it('embeds a font with Russian and Tajik letters', async () => {
    const pdf = await pdfParse(await renderPdf(russianReportDocument()));
    expect(pdf.text).toContain('Отчёт для донора о выполнении рекомендаций');
    expect(pdf.text).toContain('Доля выполненных');
    expect(pdf.text.replace(/\s+/g, ' ')).toContain(TAJIK_TEXT);
  });

  it('spreads a 2,000-row table over pages with the header row again on each', async () => {
    const pdf = await pdfParse(await renderPdf(bigTableReportDocument(2000)));
    expect(pdf.numpages).toBeGreaterThan(20);
    expect(count(pdf.text, 'Recommendation text')).toBe(pdf.numpages);
    expect(pdf.text).toContain('REC-02000');
    expect(pdf.text).toContain('99.0 %');
  });

  it('renders a 10,000-row table whole (its speed is measured by the bench, not here)', async () => {
    const pdf = await pdfParse(await renderPdf(bigTableReportDocument(10_000)));
    expect(pdf.text).toContain('REC-10000');
    expect(count(pdf.text, 'Recommendation text')).toBe(pdf.numpages);
  });

  it('sets a wide table smaller rather than breaking a word inside itself', async () => {
    const headers = ['Happened', 'Recorded', 'Recommendation', 'Event', 'Status', 'By', 'Note', 'Evidence', 'Implementation', 'Responsibility'];
    const document: ReportDocument = {
      language: 'en',
      renderedAtLabel: 'Generated at',
      title: 'Wide',
      subtitle: 'Words',
      parameters: [],
      sections: [
        {
          id: 'wide',
          title: 'Wide',
          blocks: [
            {
              kind: 'table',
              columns: headers.map((label) => ({ key: label, label, type: 'text' as const })),
              rows: [headers.map((h) => `${h}s International Narcotics stakeholder Developmental`)],
            },
          ],
        },
      ],
    };
    // A word broken inside itself comes out of the PDF with a line break in it.
    const { text } = await pdfParse(await renderPdf(document));
    for (const word of [...headers, 'International', 'Narcotics', 'stakeholder', 'Developmental'])
      expect({ word, whole: text.includes(word) }).toEqual({ word, whole: true });
  });
});

describe('renderPdf for screen readers (read back by poppler)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ft-tagged-'));
  const readBack = async (document: ReportDocument, name: string) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await renderPdf(document));
    const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    const structure = run('pdfinfo', '-struct-text', file);
    return { info: run('pdfinfo', file), structure, text: run('pdftotext', '-raw', file, '-'), bytes: readFileSync(file, 'latin1') };
  };
  const quoted = (text: string) => `"${text}"`;
  const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

  it('is tagged: a heading per section, header cells per column, each chart a figure with the values in words', async () => {
    const document = sampleReportDocument();
    const { info, structure, bytes } = await readBack(document, 'sample');
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(structure).toMatch(new RegExp(`H1.*\\n\\s+${literally(quoted(document.title))}`));
    for (const section of document.sections) expect(structure).toMatch(new RegExp(`H2.*\\n\\s+${literally(quoted(section.title))}`));
    const tables = document.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table' && b.rows.length > 0));
    const headerCells = structure.match(/^\s+TH\n\s+"([^"]*)"/gm)?.map((m) => m.split('"')[1]) ?? [];
    for (const table of tables) if (table.kind === 'table') for (const column of table.columns) expect(headerCells).toContain(column.label);
    for (const chart of document.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart')) {
      if (chart.kind !== 'chart') continue;
      const alt = `${chart.title}. ${chart.series[0].label}: ${chart.categories[0]} ${chart.series[0].values[0]}`;
      expect(bytes).toContain(`/Alt (${alt}`);
    }
  });

  it('leaves page numbers and a continued page’s repeated header row out of the structure, though they are printed', async () => {
    const document = bigTableReportDocument(300);
    const { info, structure, text } = await readBack(document, 'long');
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(count(text, 'Recommendation text')).toBe(pages);
    expect(count(structure, quoted('Recommendation text'))).toBe(1);
    expect(text).toContain(`${pages} / ${pages}`);
    expect(structure).not.toContain(`${pages} / ${pages}`);
    expect(count(structure, '"REC-')).toBe(300);
  });
});
