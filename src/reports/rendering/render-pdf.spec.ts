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
