import { ChartBlock, ReportBlock, ReportDocument, ReportSection, TableBlock } from '../document/report-document';
import { cellText, isNumeric } from './cell-text';
import { chartShapes } from './chart-geometry';
import { REPORT_STYLE } from './report-style';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function chartSvg(chart: ChartBlock): string {
  const s = chartShapes(chart);
  const title = escapeHtml(chart.title);
  const parts = [
    ...s.axes.map((a) => `<line x1="${a.x1}" y1="${a.y1}" x2="${a.x2}" y2="${a.y2}" stroke="#333" stroke-width="1"/>`),
    ...s.lines.map((l) => `<polyline fill="none" stroke="${l.colour}" stroke-width="2" points="${l.points.map((p) => p.map((n) => n.toFixed(1)).join(',')).join(' ')}"/>`),
    ...s.rects.map((r) => `<rect x="${r.x.toFixed(1)}" y="${r.y.toFixed(1)}" width="${r.w.toFixed(1)}" height="${r.h.toFixed(1)}" fill="${r.colour}"/>`),
    ...s.texts.map((t) => `<text x="${t.x.toFixed(1)}" y="${t.y.toFixed(1)}" font-size="${t.size}" text-anchor="${t.anchor}">${escapeHtml(t.text)}</text>`),
  ];
  return `<figure class="chart"><svg role="img" aria-label="${title}" viewBox="0 0 ${s.width} ${s.height}" width="100%"><title>${title}</title>${parts.join('')}</svg><figcaption>${title}</figcaption></figure>`;
}

function tableHtml(table: TableBlock): string {
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  if (table.rows.length === 0) return `${caption ? `<h4>${escapeHtml(table.caption as string)}</h4>` : ''}<p class="empty">${escapeHtml(table.emptyText ?? '—')}</p>`;
  const head = table.columns.map((c) => `<th scope="col"${isNumeric(c.type) ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((value, i) => `<td${isNumeric(table.columns[i].type) ? ' class="num"' : ''}>${escapeHtml(cellText(value, table.columns[i].type))}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'facts':
      return `<dl class="facts">${block.facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(cellText(f.value, f.type))}</dd>`).join('')}</dl>`;
    case 'table':
      return tableHtml(block);
    case 'chart':
      return chartSvg(block);
    case 'paragraphs':
      return `${block.heading ? `<h3>${escapeHtml(block.heading)}</h3>` : ''}<ul class="narrative">${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  }
}

const sectionHtml = (section: ReportSection) =>
  `<section id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>\n${section.blocks.map(blockHtml).join('\n')}\n</section>`;

/** A self-contained printable page: inline styles and SVG only, no scripts and no requests. */
export function renderHtml(document: ReportDocument): string {
  const parameters = document.parameters.map((p) => `<dt>${escapeHtml(p.label)}</dt><dd>${escapeHtml(cellText(p.value, p.type))}</dd>`).join('');
  const contents = document.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  const rendered = document.renderedAt ? `<p class="rendered">${escapeHtml(document.renderedAtLabel ?? '')} ${escapeHtml(document.renderedAt.replace('T', ' ').slice(0, 19))} UTC</p>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(document.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title><style>${REPORT_STYLE}</style></head>
<body><header><h1>${escapeHtml(document.title)}</h1>${document.subtitle ? `<p class="subtitle">${escapeHtml(document.subtitle)}</p>` : ''}
<dl class="parameters">${parameters}</dl>${rendered}</header>
<nav><ol>${contents}</ol></nav>
<main>${document.sections.map(sectionHtml).join('\n')}</main></body></html>
`;
}
