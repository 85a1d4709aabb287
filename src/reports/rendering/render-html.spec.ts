import { HOSTILE_TEXT, bigTableReportDocument, russianReportDocument, sampleReportDocument } from '../../../test/reports/sample-report-document';
import { renderHtml } from './render-html';
import { REPORT_STYLE_HASH } from './report-style';

/** A tag the user wrote, or an event handler inside any tag. */
const MARKUP_FROM_USER = /<(script|img)|<[^>]*\son\w+=/i;

describe('renderHtml', () => {
  const html = renderHtml(sampleReportDocument());

  it('never lets user text become markup', () => {
    expect(html).not.toMatch(MARKUP_FROM_USER);
    expect(html).toContain('&lt;script&gt;document.title=&quot;owned&quot;&lt;/script&gt;&lt;img src=x &quot;onerror=alert(1)&quot;&gt;');
    const hostile = sampleReportDocument();
    hostile.title = HOSTILE_TEXT;
    hostile.language = '"><script>x</script>';
    hostile.sections[0].id = '"><img src=x onerror=alert(1)>';
    hostile.sections[2].blocks[0] = {
      kind: 'chart',
      chart: 'bar',
      title: HOSTILE_TEXT,
      categories: [HOSTILE_TEXT],
      series: [{ label: HOSTILE_TEXT, values: [1] }],
    };
    expect(renderHtml(hostile)).not.toMatch(MARKUP_FROM_USER);
  });

  it('is self-contained: no scripts, no external resources, its own content security policy', () => {
    expect(html).not.toMatch(/<(script|link|iframe|object|embed)|<[^>]*\s(src|href)="(?!#)|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg")/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '${REPORT_STYLE_HASH}';`);
  });

  it('has the language, title, subtitle, parameters, contents and every section in order', () => {
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain('<h1>Donor accountability report</h1>');
    expect(html).toContain('<p class="subtitle">INL — fiscal year 2025, second quarter</p>');
    expect(html).toContain('<dt>Data position</dt><dd class="num">1042</dd>');
    expect(html).toContain('<a href="#transitions">Transitions in the period</a>');
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['summary', 'transitions', 'by-theme', 'progress', 'narrative']);
    expect(renderHtml(russianReportDocument())).toMatch(/<html lang="ru">[\s\S]*<h2>Содержание<\/h2>/);
  });

  it('shows tables with a head, numbers right-aligned, percents as "42.9 %" and dates as given', () => {
    expect(html).toContain('<thead><tr><th scope="col" class="date">Date</th>');
    expect(html).toContain('<th scope="col" class="num">Share of forum done</th>');
    expect(html).toContain('<td class="num">42.9 %</td>');
    expect(html).toContain('<td class="date">2025-01-14</td><td class="date">2025-01-14 09:30</td>');
    expect(html).toContain('<dt>Implementation rate</dt><dd class="num">42.9 %</dd>');
    expect(html).toContain('<p class="empty">Every theme has recommendations.</p>');
  });

  it('draws each chart as accessible SVG with one bar per value', () => {
    const svgs = [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs).toHaveLength(3);
    const [bar, stacked, line] = svgs;
    expect(bar).toMatch(/role="img" aria-label="Recommendations by status at the end of the period: Proposed: 3; /);
    expect(bar).toContain('<title>Recommendations by status at the end of the period</title>');
    expect(bar.match(/class="bar"/g)).toHaveLength(5);
    expect(stacked.match(/class="bar"/g)).toHaveLength(7);
    expect(stacked.match(/class="key"/g)).toHaveLength(3);
    expect(line.match(/<polyline/g)?.length).toBeGreaterThanOrEqual(2);
    expect(line).toContain('stroke-dasharray');
  });

  it('prints on A4 with headers repeated and rows kept whole; a long section follows on the same page', () => {
    expect(html).toMatch(/@media print\{@page\{size:A4/);
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toContain('tr{break-inside:avoid');
    const long = sampleReportDocument();
    long.sections.push(bigTableReportDocument(30).sections[0]);
    expect(renderHtml(long)).toContain('<section id="recommendations">');
    expect(renderHtml(long)).not.toMatch(/break-before:page/);
  });

  it('writes a 2,000-row table in one row each', () => {
    const big = renderHtml(bigTableReportDocument(2000));
    expect(big.match(/<tr>/g)).toHaveLength(2001);
  });
});
