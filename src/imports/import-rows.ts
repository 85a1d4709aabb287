import type { Table } from './csv';
import { ImportRowDto } from './dto/import-row.dto';
import { nextTurn, ROWS_PER_TURN } from './spreadsheet-reading';
import { COLUMN_KEYS, columnOfHeader, type ColumnKey } from './template-columns';

export interface SheetRow {
  /** The row's number in the sheet, counting the header as 1. */
  number: number;
  cells: ImportRowDto;
}

export class HeadersMissing extends Error {
  constructor(readonly missing: ColumnKey[]) {
    super(`the first row names no column for ${missing.join(', ')}: use the template's headers (in English, Russian or Tajik)`);
  }
}

const REQUIRED: ColumnKey[] = ['forumTitle', 'forumStartDate', 'text'];
const LISTS = new Set<ColumnKey>(['forumOrganisers', 'forumFunders', 'themes', 'targetRegions', 'sdgTargets', 'cedawAreas', 'mechanisms', 'supporting']);

/** The rows under the header, by the column each header names; rows with no text in any cell are left out. */
export async function sheetRows(table: Table): Promise<SheetRow[]> {
  const [header = [], ...body] = table;
  const columns = header.map(columnOfHeader);
  const missing = REQUIRED.filter((key) => !columns.includes(key));
  if (missing.length > 0) throw new HeadersMissing(missing);
  const rows: SheetRow[] = [];
  for (const [index, cells] of body.entries()) {
    if ((index + 1) % ROWS_PER_TURN === 0) await nextTurn();
    if (cells.every((cell) => cell.trim() === '')) continue;
    const values = new Map<ColumnKey, string>();
    columns.forEach((key, column) => key && !values.get(key) && values.set(key, (cells[column] ?? '').trim()));
    rows.push({ number: index + 2, cells: rowOf(values) });
  }
  return rows;
}

function rowOf(values: Map<ColumnKey, string>): ImportRowDto {
  const row = new ImportRowDto() as unknown as Record<string, unknown>;
  for (const key of COLUMN_KEYS) {
    const value = values.get(key) ?? '';
    if (LISTS.has(key)) row[key] = listOf(value);
    else if (value !== '') row[key] = key.endsWith('Date') || key.endsWith('At') ? calendarDateOf(value) : value;
  }
  if (row.forumParticipants !== undefined && /^\d+$/.test(row.forumParticipants as string)) row.forumParticipants = Number(row.forumParticipants);
  const filled = row as unknown as ImportRowDto;
  filled.forumEndDate ??= filled.forumStartDate;
  filled.proposedAt ??= filled.forumEndDate;
  filled.assignedAt ??= filled.proposedAt;
  return filled;
}

export function listOf(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** 2024-05-15 as it is; 15.05.2024 (as written in Russian and Tajik) turned round; a date with a time cut to the date. */
export function calendarDateOf(cell: string): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell);
  if (dotted) return `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`;
  const withTime = /^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?Z?$/.exec(cell);
  return withTime ? withTime[1] : cell;
}
