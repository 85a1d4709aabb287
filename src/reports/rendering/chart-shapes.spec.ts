import { sampleReportDocument } from '../../../test/reports/sample-report-document';
import { ChartBlock } from '../document/report-document';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelsFor } from '../labels/labels-for';
import { PresentationWords } from '../presentation/presentation-words';
import { STATUS_COLOURS, axisTicks, chartDescription } from './chart-geometry';
import { chartShapes } from './chart-shapes';

const charts = () =>
  sampleReportDocument()
    .sections.flatMap((s) => s.blocks)
    .filter((b): b is ChartBlock => b.kind === 'chart');
const chartOf = (kind: ChartBlock['chart']) => charts().find((c) => c.chart === kind) as ChartBlock;
const inside = (shapes: ReturnType<typeof chartShapes>) => (x: number, y: number) => x >= 0 && x <= shapes.width && y >= 0 && y <= shapes.height;

describe('chart geometry', () => {
  it('draws one bar per value, taller for larger values, all inside the box', () => {
    const shapes = chartShapes(chartOf('bar'));
    const bars = shapes.rects.filter((r) => r.role === 'bar');
    expect(bars).toHaveLength(5);
    expect(bars[2].h).toBeGreaterThan(bars[0].h);
    expect(bars[4].h).toBe(0);
    expect(bars.every((b) => inside(shapes)(b.x, b.y) && inside(shapes)(b.x + b.w, b.y + b.h))).toBe(true);
    expect(shapes.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['Proposed', '4', '0']));
  });

  it('stacks a segment per non-zero value, each category as long as its total, with a legend', () => {
    const shapes = chartShapes(chartOf('stacked-bar'));
    expect(shapes.rects.filter((r) => r.role === 'bar')).toHaveLength(7);
    expect(shapes.rects.filter((r) => r.role === 'key').map((r) => r.fill)).toHaveLength(3);
    const rowWidth = (y: number) => shapes.rects.filter((r) => r.role === 'bar' && r.y === y).reduce((sum, r) => sum + r.w, 0);
    const [first, , third] = [...new Set(shapes.rects.filter((r) => r.role === 'bar').map((r) => r.y))];
    expect(rowWidth(first) / rowWidth(third)).toBeCloseTo(4 / 5, 6);
  });

  it('draws one line per series with a mark per point, told apart by dash as well as colour', () => {
    const shapes = chartShapes(chartOf('line'));
    const plotted = shapes.lines.filter((l) => l.points.length === 4);
    expect(plotted).toHaveLength(2);
    expect(plotted[0].dash).not.toEqual(plotted[1].dash);
    expect(shapes.marks.length).toBeGreaterThanOrEqual(8);
    expect(plotted.flatMap((l) => l.points).every(([x, y]) => inside(shapes)(x, y))).toBe(true);
  });

  it('survives empty and odd data', () => {
    for (const kind of ['bar', 'stacked-bar', 'line'] as const) {
      const shapes = chartShapes({ kind: 'chart', chart: kind, title: 't', categories: ['a'], series: [{ label: 's', values: [Number.NaN] }] });
      expect([shapes.width, shapes.height].every(Number.isFinite)).toBe(true);
      expect(chartShapes({ kind: 'chart', chart: kind, title: 't', categories: [], series: [] }).height).toBeGreaterThan(0);
    }
  });

  it('picks round axis ticks covering the largest value', () => {
    expect(axisTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(axisTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(axisTicks(0.43)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(axisTicks(0)).toEqual([0, 1]);
  });

  it('describes the data in words for screen readers', () => {
    expect(chartDescription(chartOf('bar'))).toBe(
      'Recommendations by status at the end of the period: Proposed: 3; Accepted: 2; In progress: 4; Implemented: 3; Rejected: 0',
    );
  });

  it('draws a status in its own colour wherever it stands among the series, the colour the web interface uses', () => {
    const series = (statuses: string[]) => statuses.map((status) => ({ label: status, status, values: [1, 2] }));
    const colours = (chart: ChartBlock) => [...new Set(chartShapes(chart).lines.map((l) => l.colour))];
    const line = (statuses: string[]): ChartBlock => ({ kind: 'chart', chart: 'line', title: 't', categories: ['a', 'b'], series: series(statuses) });
    expect(colours(line(['in_progress', 'verified']))).toEqual([STATUS_COLOURS.in_progress, STATUS_COLOURS.verified]);
    expect(colours(line(['assigned', 'accepted', 'in_progress', 'verified']))).toEqual(
      ['assigned', 'accepted', 'in_progress', 'verified'].map((s) => STATUS_COLOURS[s]),
    );
    const stacked: ChartBlock = { kind: 'chart', chart: 'stacked-bar', title: 't', categories: ['a'], series: series(['accepted', 'implemented']) };
    expect(
      chartShapes(stacked)
        .rects.filter((r) => r.role === 'bar')
        .map((r) => r.fill),
    ).toEqual([STATUS_COLOURS.accepted, STATUS_COLOURS.implemented]);
    const web = readFileSync(join(__dirname, '../../web/public/components/charts.js'), 'utf8');
    const webColours = Object.fromEntries(
      [...(/STATUS_COLOURS = \{([^}]*)\}/.exec(web) as RegExpExecArray)[1].matchAll(/(\w+): '(#[0-9a-f]{6})'/g)].map((m) => [m[1], m[2]]),
    );
    expect(webColours).toEqual(STATUS_COLOURS);
  });

  it('draws no chart when every value is zero, and says there is nothing to report', () => {
    const words = new PresentationWords(labelsFor('ru'));
    const block = words.chart({ chart: 'bar', title: 'Просрочено', categories: ['a', 'b'], series: [{ label: 'n', values: [0, 0] }] });
    expect(block).toEqual({ kind: 'paragraphs', heading: 'Просрочено', items: [labelsFor('ru').sentences.nothing] });
    expect(words.chart({ chart: 'bar', title: 't', categories: ['a'], series: [{ label: 'n', values: [1] }] }).kind).toBe('chart');
  });

  it('writes the dates of a long line chart whole, every few of them and always the last, never overlapping', () => {
    const categories = Array.from({ length: 25 }, (_, i) => new Date(Date.UTC(2024, i, 0)).toISOString().slice(0, 10));
    const chart: ChartBlock = { kind: 'chart', chart: 'line', title: 't', categories, series: [{ label: 's', values: categories.map((_, i) => i) }] };
    const labels = chartShapes(chart).texts.filter((t) => /^\d{4}-/.test(t.text) || t.text.endsWith('…'));
    expect(labels.every((t) => categories.includes(t.text))).toBe(true);
    expect(labels.map((t) => t.text)).toContain(categories[categories.length - 1]);
    expect(labels.length).toBeGreaterThan(3);
    const xs = labels.map((t) => t.x);
    const gaps = xs.slice(1).map((x, i) => x - xs[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(10 * 9 * 0.58);
  });
});
