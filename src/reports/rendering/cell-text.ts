import { CellType, CellValue } from '../document/report-document';

/** How a cell reads on paper and screen; CSV keeps raw values instead. */
export function cellText(value: CellValue, type: CellType = 'text'): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number') {
    if (type === 'percent') return `${(value * 100).toFixed(1)} %`;
    return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
  if (type === 'datetime') return value.replace('T', ' ').slice(0, 16);
  return value;
}

export const isNumeric = (type: CellType) => type === 'integer' || type === 'number' || type === 'percent';
