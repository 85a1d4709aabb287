import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { type Cell, type ExportColumn, cellOf, headerOf } from './export-columns';
import type { ExportList } from './export-list';
import { BOM, csvLine } from './csv-lines';
import type { ExportLanguage } from './labels/export-labels';
import { exportLabelsFor } from './labels/labels-for';
import { neutralised } from './spreadsheet-text';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportRequest<Row> {
  list: ExportList<Row>;
  columns: ExportColumn<Row>[];
  format: ExportFormat;
  language: ExportLanguage;
  /** The list's items, a page at a time, as the caller may see them. */
  pages: AsyncGenerator<Row[]>;
}

export interface ExportFile {
  contentType: string;
  /** ASCII, for every client; `localName` in the export's language, for those that read RFC 6266's filename*. */
  fileName: string;
  localName: string;
  body: Readable;
}

/**
 * The export as a stream, written a page at a time: only one page of the list is held at once. The first page is
 * read before anything is answered, so a refusal (a donor asking for another's portfolio) is still a problem+json.
 */
export async function exportFile<Row>({ list, columns, format, language, pages }: ExportRequest<Row>, today: string): Promise<ExportFile> {
  const labels = exportLabelsFor(language);
  const first = await pages.next();
  async function* rows(): AsyncGenerator<Cell[][]> {
    if (!first.done) yield first.value.map((row) => columns.map((column) => cellOf(column, row, labels)));
    for await (const page of pages) yield page.map((row) => columns.map((column) => cellOf(column, row, labels)));
  }
  const headers = columns.map((column) => headerOf(column, labels));
  const body =
    format === 'csv'
      ? Readable.from(csvChunks(headers, rows()), { objectMode: false, highWaterMark: 64 * 1024 })
      : xlsxStream(labels.lists[list.name], headers, columns, rows());
  return {
    contentType: CONTENT_TYPES[format],
    fileName: `${list.name}-${today}.${format}`,
    localName: `${labels.lists[list.name]}-${today}.${format}`,
    body,
  };
}

/** Whether the stream can take more: at once, or once it drains; false when it closed first (the client went away). */
function drained(out: PassThrough): Promise<boolean> {
  if (out.destroyed) return Promise.resolve(false);
  if (!out.writableNeedDrain) return Promise.resolve(true);
  return new Promise((resolve) => {
    const settle = (open: boolean) => () => {
      out.off('drain', onDrain).off('close', onClose);
      resolve(open);
    };
    const onDrain = settle(true);
    const onClose = settle(false);
    out.once('drain', onDrain).once('close', onClose);
  });
}

async function* csvChunks(headers: string[], rows: AsyncGenerator<Cell[][]>): AsyncGenerator<Buffer> {
  yield Buffer.from(BOM + csvLine(headers));
  for await (const page of rows) yield Buffer.from(page.map(csvLine).join(''));
}

function xlsxStream<Row>(sheetName: string, headers: string[], columns: ExportColumn<Row>[], rows: AsyncGenerator<Cell[][]>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column, i) => ({
    header: neutralised(headers[i]),
    key: column.key,
    width: Math.min(60, Math.max(10, headers[i].length + 2)),
    ...(column.type.kind === 'rate' ? { style: { numFmt: '0.0%' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  const write = async () => {
    for await (const page of rows) {
      // Text is written as text (never a formula), with the same apostrophe as the CSV before what would start one.
      for (const cells of page) sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? neutralised(cell) : (cell ?? undefined)))).commit();
      // The next page is read only when the client has taken this one (or has gone: then nothing more is read).
      if (!(await drained(out))) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return out;
}
