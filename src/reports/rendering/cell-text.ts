import { CellType, CellValue } from '../document/report-document';
import { plainNumber } from './plain-number';

/** How a cell reads on paper and screen (HTML and PDF); CSV and XLSX keep raw values instead. */
export function cellText(value: CellValue, type: CellType = 'text'): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '—';
    if (type === 'percent') return `${(value * 100).toFixed(1)} %`;
    return Number.isInteger(value) ? plainNumber(value) : value.toFixed(1);
  }
  if (type === 'datetime') return value.replace('T', ' ').slice(0, 16);
  return value;
}

export const isNumeric = (type: CellType) => type === 'integer' || type === 'number' || type === 'percent';
