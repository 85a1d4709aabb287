import { Workbook, type CellValue } from 'exceljs';
import { parseCsv, type Table } from './csv';

/** Rows handled between two turns of the event loop, so that a large file does not hold up other requests. */
export const ROWS_PER_TURN = 500;

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class SpreadsheetUnreadable extends Error {}

/** The first sheet of an XLSX file, or a CSV file (UTF-8, comma or semicolon), as a table of text cells. */
export async function readSpreadsheet(bytes: Buffer, contentType: string): Promise<Table> {
  const zip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip || /spreadsheetml|excel/i.test(contentType)) return readXlsx(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetUnreadable('the file is neither an XLSX workbook nor UTF-8 text (save the CSV as UTF-8)');
  }
  return parseCsv(text);
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new SpreadsheetUnreadable(`the XLSX workbook could not be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetUnreadable('the XLSX workbook has no sheet');
  const table: Table = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(textOf(row.getCell(column).value));
    table.push(cells);
    if (number % ROWS_PER_TURN === 0) await nextTurn();
  }
  return table;
}

/** A cell as text; a date cell as its calendar date (XLSX dates have no time zone: exceljs reads them as UTC). */
export function textOf(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return textOf(value.result as CellValue);
    if ('text' in value) return textOf(value.text as CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}
