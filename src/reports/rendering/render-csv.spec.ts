import fc from 'fast-check';
import { AWKWARD_TEXT, HOSTILE_TEXT, bigTableReportDocument, russianReportDocument, sampleReportDocument } from '../../../test/reports/sample-report-document';
import { renderCsv } from './render-csv';

describe('renderCsv', () => {
  const csv = renderCsv(sampleReportDocument());
  const lines = csv.slice(1).split('\r\n');

  it('gives the same bytes for the same document, whenever it is rendered', () => {
    const again = renderCsv({ ...sampleReportDocument(), renderedAt: '2031-01-01T00:00:00.000Z' });
    expect(Buffer.from(again).equals(Buffer.from(csv))).toBe(true);
    expect(csv).not.toContain('2025-04-02T08:15');
  });

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(^|[^\r])\n(?!with a referral path)/);
  });

  it('writes the title and parameters first, then the sections in order, a blank row before each', () => {
    expect(lines.slice(0, 6)).toEqual([
      '"Donor accountability report"',
      '"INL — fiscal year 2025, second quarter"',
      '"Donor","Bureau of International Narcotics and Law Enforcement Affairs (INL)"',
      '"Reporting period","2025-01-01 – 2025-03-31"',
      '"As of",2025-03-31',
      '"Data position",1042',
    ]);
    const titles = [
      'Summary',
      'Transitions in the period',
      'By theme',
      'Progress over the year',
      'Scorecard: ministries/agencies [all] and why goals were not met',
    ];
    const at = titles.map((t) => lines.indexOf(`"${t}"`));
    expect(at.every((i, n) => i > 0 && lines[i - 1] === '' && (n === 0 || i > at[n - 1]))).toBe(true);
  });

  it('writes percents as plain fractions and numbers without separators', () => {
    expect(lines).toContain('"Implementation rate",0.4286');
    expect(lines).toContain('"Recommendations tracked",12345');
    expect(lines).toContain('"Median days from proposal to implementation",183.5');
    expect(lines).toContain('"Gender-based violence",4,0.5');
  });

  it('quotes every text cell and doubles the quotes; dates and numbers stay bare', () => {
    expect(csv).toContain(
      '2025-01-14,2025-01-14T09:30:00.000Z,"Adopt guidelines, ""survivor-centred"",\nwith a referral path","UPR 4th cycle","accepted","in progress",128,0.25\r\n',
    );
    expect(csv).toContain(`"${HOSTILE_TEXT.replace(/"/g, '""')}"`);
    expect(AWKWARD_TEXT).toContain('\n');
  });

  it('writes a table as its header row then its rows, a blank row between blocks, and leaves charts out', () => {
    const header = lines.indexOf('"Theme","Total","Implementation rate"');
    expect(lines[header - 1]).toBe('"Recommendations by theme"');
    expect(lines[header - 2]).toBe('"By theme"'); // the chart before it writes nothing
    expect(lines.slice(header + 4, header + 7)).toEqual(['', '"Themes without recommendations"', '"Every theme has recommendations."']);
    expect(csv).not.toContain('Status by theme');
    expect(lines).toContain('2025-03-28,2025-03-28T11:00:00.000Z,"Train 400 police officers in Khatlon","UPR 4th cycle","proposed","accepted",12,');
  });

  it('keeps text a spreadsheet would run as a formula as text', () => {
    const document = sampleReportDocument();
    document.sections = [{ id: 'x', title: 'X', blocks: [{ kind: 'paragraphs', items: ['=HYPERLINK("http://evil","click")', '@SUM(1)', '+1', 'plain'] }] }];
    const text = renderCsv(document);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""click"")"\r\n"'@SUM(1)"\r\n"'+1"\r\n"plain"\r\n`);
  });

  it('neutralises a formula after any separator a spreadsheet may split on (";" in the Russian locale)', () => {
    const document = sampleReportDocument();
    document.sections = [{ id: 'x', title: 'X', blocks: [{ kind: 'paragraphs', items: ['Plan now;=1+1', 'a, -2', 'tab\t@x', '  =1'] }] }];
    expect(renderCsv(document)).toContain(`"Plan now;'=1+1"\r\n"a, '-2"\r\n"tab\t'@x"\r\n"  '=1"\r\n`);
  });

  it('leaves no cell of any split a spreadsheet may make starting with a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', ' ', '"', '|', 'a', '1', '\n') })), (items) => {
        const document = sampleReportDocument();
        document.sections = [{ id: 'x', title: 'X', blocks: [{ kind: 'paragraphs', items }] }];
        const pieces = renderCsv(document).split(/[,;\t|\r\n]/);
        // A quote-aware reader drops the opening quote; a naive one keeps it (and then sees no formula either).
        return pieces.every((piece) => !/^[=+\-@]/.test(piece.replace(/^\s*"?\s*/, '')));
      }),
    );
  });

  it('carries Cyrillic and Tajik letters as UTF-8', () => {
    const bytes = Buffer.from(renderCsv(russianReportDocument()), 'utf8');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8')).toContain('"Доля выполненных",0.4286');
    expect(bytes.toString('utf8')).toContain('ҳ');
  });

  it('writes a 2,000-row table in one line per row', () => {
    const big = renderCsv(bigTableReportDocument(2000)).split('\r\n');
    expect(big.filter((l) => l.startsWith('"REC-'))).toHaveLength(2000);
    expect(big).toContain('"REC-00003","Recommendation number 3 on access to justice for survivors",2025-03-03,2,0.02');
  });
});
