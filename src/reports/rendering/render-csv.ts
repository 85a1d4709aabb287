import { CellValue, ReportBlock, ReportDocument } from '../document/report-document';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

function field(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: CellValue[]) => cells.map(field).join(',');

function blockLines(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'facts':
      return block.facts.map((f) => line([f.label, f.value]));
    case 'table':
      return [...(block.caption ? [line([block.caption])] : []), line(block.columns.map((c) => c.label)), ...block.rows.map(line)];
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
  const lines = [line([document.title]), ...(document.subtitle ? [line([document.subtitle])] : []), ...document.parameters.map((p) => line([p.label, p.value]))];
  for (const section of document.sections) {
    lines.push('', line([section.title]));
    section.blocks.forEach((block, index) => {
      const rows = blockLines(block);
      if (rows.length === 0) return;
      if (index > 0) lines.push('');
      lines.push(...rows);
    });
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
