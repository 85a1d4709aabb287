import { ChartBlock } from '../document/report-document';
import { ChartShapes, GRID, INK, chartDescription, markOutline } from './chart-geometry';
import { chartShapes } from './chart-shapes';
import { escapeHtml } from './escape-html';

const n = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(1)) : 0);
const statusOf = (status?: string) => (status ? ` data-status="${escapeHtml(status)}"` : '');
const pointList = (points: [number, number][]) => points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

function mark(m: ChartShapes['marks'][number]): string {
  if (m.shape === 'circle') return `<circle cx="${n(m.x)}" cy="${n(m.y)}" r="3.5" fill="${m.colour}"${statusOf(m.status)} stroke="#fff" stroke-width="1"/>`;
  return `<polygon points="${pointList(markOutline(m.shape, m.x, m.y))}" fill="${m.colour}"${statusOf(m.status)} stroke="#fff" stroke-width="1"/>`;
}

function shapesSvg(s: ChartShapes): string[] {
  return [
    ...s.rules.map(
      (r) => `<line x1="${n(r.x1)}" y1="${n(r.y1)}" x2="${n(r.x2)}" y2="${n(r.y2)}" stroke="${r.grid ? GRID : INK}" stroke-width="${r.grid ? 0.6 : 1}"/>`,
    ),
    ...s.rects.map(
      (r) =>
        `<rect class="${r.role}" x="${n(r.x)}" y="${n(r.y)}" width="${n(r.w)}" height="${n(r.h)}" fill="${r.fill}"${statusOf(r.status)} stroke="${INK}" stroke-width="0.5"/>`,
    ),
    ...s.lines.map(
      (l) =>
        `<polyline fill="none" stroke="${l.colour}"${statusOf(l.status)} stroke-width="2"${l.dash.length ? ` stroke-dasharray="${l.dash.join(' ')}"` : ''} points="${pointList(l.points)}"/>`,
    ),
    ...s.marks.map(mark),
    ...s.texts.map((t) => `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${t.size}" text-anchor="${t.anchor}" fill="${INK}">${escapeHtml(t.text)}</text>`),
  ];
}

/** A chart as inline SVG: no scripts, no external references, described for screen readers. */
export function chartSvg(chart: ChartBlock): string {
  const s = chartShapes(chart);
  const title = escapeHtml(chart.title);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-${chart.chart}" role="img" aria-label="${escapeHtml(chartDescription(chart))}" viewBox="0 0 ${s.width} ${n(s.height)}" width="100%" font-family="DejaVu Sans, Arial, sans-serif"><title>${title}</title>${shapesSvg(s).join('')}</svg>`;
  return `<figure class="chart">${svg}<figcaption>${title}</figcaption></figure>`;
}
