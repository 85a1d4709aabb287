import ExcelJS from 'exceljs';
import { CellType, CellValue } from '../document/report-document';

export const NUMBER_FORMATS: Partial<Record<CellType, string>> = {
  integer: '#,##0',
  number: '#,##0.0',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32767;

/** A document cell as an Excel value: numbers stay numbers, dates become real (UTC) dates. */
export function typedCell(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (type === 'date' || type === 'datetime') {
    const date = new Date(type === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value;
}

export function setTypedCell(cell: ExcelJS.Cell, value: CellValue, type: CellType): void {
  cell.value = typedCell(value, type);
  const format = NUMBER_FORMATS[type];
  if (format) cell.numFmt = format;
}

/** Characters a column needs to show a cell of this type. */
export function displayLength(value: CellValue, type: CellType): number {
  if (value === null) return 0;
  if (type === 'date') return 10;
  if (type === 'datetime') return 16;
  if (type === 'percent') return 7;
  return typeof value === 'number' ? String(value).length + 2 : Math.max(...value.split('\n').map((l) => l.length));
}
