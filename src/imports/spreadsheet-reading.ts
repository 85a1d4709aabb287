import { stream, type CellValue } from 'exceljs';
import { Readable } from 'node:stream';
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

/**
 * The first sheet, read as the workbook streams (exceljs's streaming reader): a turn of the event loop between
 * chunks of the file and every ROWS_PER_TURN rows, where loading the whole workbook at once held it for seconds.
 */
async function readXlsx(bytes: Buffer): Promise<Table> {
  const reader = new stream.xlsx.WorkbookReader(Readable.from([bytes]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore' });
  const table: Table = [];
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        if (sheets > 1) continue;
        const cells: string[] = [];
        for (let column = 1; column <= row.cellCount; column++) cells.push(textOf(row.getCell(column).value));
        while (table.length < row.number - 1) table.push([]);
        table.push(cells);
        if (row.number % ROWS_PER_TURN === 0) await nextTurn();
      }
    }
  } catch (error) {
    throw new SpreadsheetUnreadable(`the XLSX workbook could not be read: ${(error as Error).message}`);
  }
  if (sheets === 0) throw new SpreadsheetUnreadable('the XLSX workbook has no sheet');
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
