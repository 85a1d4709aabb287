import type { Cell } from './export-columns';
import { neutralised } from './spreadsheet-text';

/** Excel reads a UTF-8 file as UTF-8 (Cyrillic, Tajik letters) only when it starts with this. */
export const BOM = '\uFEFF';

/** One RFC 4180 field: every text is quoted (so no separator of any locale splits it), quotes doubled. */
function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return `"${neutralised(cell).replace(/"/g, '""')}"`;
}

/** One record, CRLF-terminated. */
export const csvLine = (cells: Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;
