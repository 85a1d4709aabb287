import { html } from '../html.js';
import { label, t } from '../i18n.js';

// Small inline SVG charts drawn from the read models; each also carries its figures as a table for screen readers.

/** Status colours, each at least 3:1 against white. @type {Record<string, string>} */
export const STATUS_COLOURS = {
  proposed: '#6b6b6b',
  assigned: '#8a5a00',
  accepted: '#0a6c74',
  in_progress: '#1d5fbf',
  implemented: '#6f42c1',
  verified: '#1e7a34',
  withdrawn: '#a3303b',
};
const WIDTH = 640;

/** A label that fits the drawing's width at the larger type used on phones (the table has it in full). */
const short = (/** @type {string} */ text) => (text.length > 46 ? `${text.slice(0, 45)}…` : text);

/** @param {{ caption: string, head: string[], rows: (string | number)[][] }} props */
function DataTable({ caption, head, rows }) {
  // A table keeps its content's width whatever its own: the box around it is what is made 1 px and clipped.
  return html`<div class="visually-hidden"><table>
    <caption>${caption}</caption>
    <thead><tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}</tbody>
  </table></div>`;
}

/** @param {{ keys: string[] }} props */
function Legend({ keys }) {
  return html`<ul class="legend" aria-hidden="true">
    ${keys.map(
      (key) =>
        html`<li><svg width="12" height="12" viewBox="0 0 12 12"><rect width="12" height="12" fill=${STATUS_COLOURS[key]} /></svg> ${label('status', key)}</li>`,
    )}
  </ul>`;
}

/** One bar per row, split by status. @param {{ title: string, rows: { label: string, counts: Record<string, number> }[], keys: string[] }} props */
export function StackedBars({ title, rows, keys }) {
  if (rows.length === 0) return html`<figure class="chart"><figcaption>${title}</figcaption><p class="empty">${t('chart.empty')}</p></figure>`;
  const max = Math.max(1, ...rows.map((row) => keys.reduce((sum, key) => sum + (row.counts[key] ?? 0), 0)));
  const rowHeight = 44;
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg class="drawing" viewBox=${`0 0 ${WIDTH} ${rows.length * rowHeight}`} aria-hidden="true" focusable="false">
      ${rows.map((row, index) => {
        let x = 0;
        const y = index * rowHeight;
        return html`<g key=${row.label}>
          <text x="0" y=${y + 14} class="chart-label">${short(row.label)}</text>
          ${keys.map((key) => {
            const width = ((row.counts[key] ?? 0) / max) * (WIDTH - 40);
            const bar = html`<rect x=${x} y=${y + 20} width=${width} height="16" fill=${STATUS_COLOURS[key]} />`;
            x += width;
            return bar;
          })}
          <text x=${x + 6} y=${y + 33} class="chart-value">${keys.reduce((sum, key) => sum + (row.counts[key] ?? 0), 0)}</text>
        </g>`;
      })}
    </svg>
    <${Legend} keys=${keys} />
    <${DataTable} caption=${title} head=${['', ...keys.map((key) => label('status', key))]} rows=${rows.map((row) => [row.label, ...keys.map((key) => row.counts[key] ?? 0)])} />
  </figure>`;
}

/** Horizontal bars of one figure per row. @param {{ title: string, rows: { label: string, value: number }[], colour?: string }} props */
export function Bars({ title, rows, colour = '#a3303b' }) {
  if (rows.length === 0) return html`<figure class="chart"><figcaption>${title}</figcaption><p class="empty">${t('chart.empty')}</p></figure>`;
  const max = Math.max(1, ...rows.map((row) => row.value));
  const rowHeight = 44;
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg class="drawing" viewBox=${`0 0 ${WIDTH} ${rows.length * rowHeight}`} aria-hidden="true" focusable="false">
      ${rows.map(
        (row, index) => html`<g key=${row.label}>
          <text x="0" y=${index * rowHeight + 14} class="chart-label">${short(row.label)}</text>
          <rect x="0" y=${index * rowHeight + 20} width=${(row.value / max) * (WIDTH - 40)} height="16" fill=${colour} />
          <text x=${(row.value / max) * (WIDTH - 40) + 6} y=${index * rowHeight + 33} class="chart-value">${row.value}</text>
        </g>`,
      )}
    </svg>
    <${DataTable} caption=${title} head=${['', title]} rows=${rows.map((row) => [row.label, row.value])} />
  </figure>`;
}

/**
 * A line through points in time: `value` of each point, labelled below.
 * @param {{ title: string, points: { label: string, value: number }[], format?: (value: number) => string }} props
 */
export function LineChart({ title, points, format = String }) {
  if (points.length === 0) return html`<figure class="chart"><figcaption>${title}</figcaption><p class="empty">${t('chart.empty')}</p></figure>`;
  const height = 220;
  const left = 40;
  const bottom = 30;
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = points.length > 1 ? (WIDTH - left - 20) / (points.length - 1) : 0;
  const at = (/** @type {{ value: number }} */ p, /** @type {number} */ i) => [left + i * step, 10 + (1 - p.value / max) * (height - bottom - 10)];
  const line = points.map((p, i) => at(p, i).join(',')).join(' ');
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg class="drawing" viewBox=${`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
      <line x1=${left} y1=${height - bottom} x2=${WIDTH - 10} y2=${height - bottom} class="chart-axis" />
      <text x="0" y="18" class="chart-value">${format(max)}</text>
      <text x="0" y=${height - bottom} class="chart-value">${format(0)}</text>
      <polyline points=${line} fill="none" stroke="#1e7a34" stroke-width="3" />
      ${points.map((p, i) => {
        const [x, y] = at(p, i);
        return html`<g key=${p.label}><circle cx=${x} cy=${y} r="4" fill="#1e7a34" />
          <text x=${x} y=${height - 8} text-anchor=${i === points.length - 1 ? 'end' : 'middle'}
            class=${`chart-label${i % 2 === 1 && i !== points.length - 1 ? ' minor' : ''}`}>${p.label}</text></g>`;
      })}
    </svg>
    <${DataTable} caption=${title} head=${['', title]} rows=${points.map((p) => [p.label, format(p.value)])} />
  </figure>`;
}
