import { Fact, ReportBlock, ReportSection, TableBlock, blocksShownIn } from '../document/report-document';
import { cellText, isNumeric } from './cell-text';
import { chartSvg } from './chart-svg';
import { anchorId, escapeHtml } from './escape-html';

/** Tables with more columns are printed smaller, so that they fit the page without breaking a word. */
const WIDE_TABLE_COLUMNS = 9;

export const factsHtml = (facts: Fact[], className: string) =>
  `<dl class="${className}">${facts.map((f) => `<div><dt>${escapeHtml(f.label)}</dt><dd${isNumeric(f.type ?? 'text') ? ' class="num"' : ''}>${escapeHtml(cellText(f.value, f.type))}</dd></div>`).join('')}</dl>`;

function tableHtml(table: TableBlock): string {
  if (table.rows.length === 0)
    return `${table.caption ? `<h3>${escapeHtml(table.caption)}</h3>` : ''}<p class="empty">${escapeHtml(table.emptyText ?? '—')}</p>`;
  const classes = table.columns.map((c) => (isNumeric(c.type) ? ' class="num"' : c.type === 'date' || c.type === 'datetime' ? ' class="date"' : ''));
  const cls = (i: number) => classes[i];
  const caption = table.caption ? `<caption>${escapeHtml(table.caption)}</caption>` : '';
  const head = table.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c.label)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${table.columns.map((c, i) => `<td${cls(i)}>${escapeHtml(cellText(row[i] ?? null, c.type))}</td>`).join('')}</tr>`);
  const wide = table.columns.length > WIDE_TABLE_COLUMNS ? ' class="wide"' : '';
  return `<table${wide}>${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function paragraphsHtml(heading: string | undefined, items: string[]): string {
  return `<div class="narrative">${heading ? `<h3>${escapeHtml(heading)}</h3>` : ''}${items.map((i) => `<p>${escapeHtml(i)}</p>`).join('')}</div>`;
}

function blockHtml(block: ReportBlock): string {
  switch (block.kind) {
    case 'facts':
      return factsHtml(block.facts, 'facts');
    case 'table':
      return tableHtml(block);
    case 'chart':
      return chartSvg(block);
    case 'paragraphs':
      return paragraphsHtml(block.heading, block.items);
  }
}

export function sectionHtml(section: ReportSection): string {
  const cls = section.endsPage ? ' class="ends-page"' : '';
  return `<section id="${anchorId(section.id)}"${cls}><h2>${escapeHtml(section.title)}</h2>\n${blocksShownIn(section, 'reading').map(blockHtml).join('\n')}\n</section>`;
}
