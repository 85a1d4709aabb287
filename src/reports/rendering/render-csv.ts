import { CellType, CellValue, Fact, ReportBlock, ReportDocument, blocksShownIn } from '../document/report-document';
import { plainNumber } from './plain-number';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",;\t\r\n]/;
/**
 * Text a spreadsheet would run as a formula (CSV injection): at the start, and after any character a
 * spreadsheet may split cells on (a Russian-locale spreadsheet splits on ';', so "Plan now;=1+1" holds a
 * formula). An apostrophe before it keeps it text.
 */
const FORMULA_START = /((?:^|[,;\t|\r\n])\s*)([=+\-@\t\r])/g;

function field(value: CellValue, type: CellType = 'text'): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(type === 'percent' ? Math.round(value * 10000) / 10000 : value);
  if (type !== 'text') return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  // Every text cell is quoted, so no separator inside it can split it, in any locale.
  return `"${value.replace(FORMULA_START, "$1'$2").replace(/"/g, '""')}"`;
}

const line = (cells: CellValue[], types: CellType[] = []) => cells.map((cell, i) => field(cell, types[i])).join(',');
const factLine = (fact: Fact) => line([fact.label, fact.value], ['text', fact.type ?? 'text']);

function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'facts':
      return block.facts.map(factLine);
    case 'table': {
      const types = block.columns.map((c) => c.type);
      const caption = block.caption ? [line([block.caption])] : [];
      if (block.rows.length === 0) return [...caption, line([block.emptyText ?? ''])];
      return [...caption, line(block.columns.map((c) => c.label)), ...block.rows.map((row) => line(row, types))];
    }
    case 'paragraphs':
      return [...(block.heading ? [line([block.heading])] : []), ...block.items.map((item) => line([item]))];
    case 'chart':
      return []; // its figures are in the section's tables
  }
}

/**
 * One CSV of every section: the title and parameters, then each section's title row and blocks,
 * a blank row between blocks. RFC 4180 with CRLF and a BOM, so spreadsheet programs read Cyrillic.
 * Deterministic: the document's renderedAt is never written.
 */
export function renderCsv(document: ReportDocument): string {
  const lines = [line([document.title]), ...(document.subtitle ? [line([document.subtitle])] : []), ...document.parameters.map(factLine)];
  for (const section of document.sections) {
    lines.push('', line([section.title]));
    const blocks = blocksShownIn(section, 'data')
      .map(blockLines)
      .filter((rows) => rows.length > 0);
    blocks.forEach((rows, index) => lines.push(...(index > 0 ? [''] : []), ...rows));
  }
  if (document.footer) lines.push('', line([document.footer]));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
