import ExcelJS from 'exceljs';
import { ChartBlock, Fact, ReportBlock, ReportDocument, ReportSection, TableBlock, blocksShownIn } from '../document/report-document';
import { uniqueSheetName } from './sheet-name';
import { displayLength, setTypedCell } from './xlsx-cells';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4EBF1' } };
const MAX_WIDTH = 60;
const WIDTH_SAMPLE = 500;
const COVER_SHEET = 'Report';

function widenColumns(sheet: ExcelJS.Worksheet, table: TableBlock): void {
  const sample = table.rows.slice(0, WIDTH_SAMPLE);
  table.columns.forEach((column, i) => {
    const widest = Math.max(column.label.length, ...sample.map((r) => displayLength(r[i] ?? null, column.type)));
    const current = sheet.getColumn(i + 1).width ?? 8;
    sheet.getColumn(i + 1).width = Math.max(current, Math.min(MAX_WIDTH, widest + 2));
  });
}

function writeTable(sheet: ExcelJS.Worksheet, table: TableBlock, first: boolean): void {
  if (table.caption) sheet.addRow([table.caption]).font = { bold: true, size: 12 };
  if (table.rows.length === 0) return void (sheet.addRow([table.emptyText ?? '—']).font = { italic: true });
  const header = sheet.addRow(table.columns.map((c) => c.label || null));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  if (first) {
    sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0, topLeftCell: `A${header.number + 1}` }];
    sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: table.columns.length } };
    sheet.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
  }
  for (const values of table.rows) {
    const row = sheet.addRow([]);
    table.columns.forEach((column, i) => setTypedCell(row.getCell(i + 1), values[i] ?? null, column.type));
  }
  widenColumns(sheet, table);
}

/** A chart's figures as a small table (exceljs draws no charts). */
function chartAsTable(chart: ChartBlock): TableBlock {
  const whole = chart.series.every((s) => s.values.every(Number.isInteger));
  return {
    kind: 'table',
    caption: chart.title,
    columns: [
      { key: 'category', label: '', type: 'text' },
      ...chart.series.map((s) => ({ key: s.label, label: s.label, type: whole ? ('integer' as const) : ('number' as const) })),
    ],
    rows: chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? null)]),
  };
}

function writeFact(sheet: ExcelJS.Worksheet, fact: Fact): void {
  const row = sheet.addRow([fact.label]);
  row.getCell(1).font = { bold: true };
  setTypedCell(row.getCell(2), fact.value, fact.type ?? 'text');
}

function writeParagraphs(sheet: ExcelJS.Worksheet, heading: string | undefined, items: string[]): void {
  if (heading) sheet.addRow([heading]).font = { bold: true, size: 12 };
  for (const item of items) sheet.addRow([item]).getCell(1).alignment = { wrapText: true, vertical: 'top' };
}

function writeBlock(sheet: ExcelJS.Worksheet, block: ReportBlock, firstTable: boolean): void {
  if (block.kind === 'facts') block.facts.forEach((f) => writeFact(sheet, f));
  if (block.kind === 'paragraphs') writeParagraphs(sheet, block.heading, block.items);
  if (block.kind === 'table') writeTable(sheet, block, firstTable);
  if (block.kind === 'chart') writeTable(sheet, chartAsTable(block), false);
}

/** The section's blocks one under another, a blank row between them. */
function writeSection(sheet: ExcelJS.Worksheet, section: ReportSection): void {
  let tables = 0;
  for (const block of blocksShownIn(section, 'data')) {
    if (sheet.rowCount > 0) sheet.addRow([]);
    writeBlock(sheet, block, block.kind === 'table' && tables++ === 0);
  }
  if (sheet.getColumn(1).width === undefined) sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = Math.max(sheet.getColumn(2).width ?? 0, 14);
}

function writeCover(sheet: ExcelJS.Worksheet, document: ReportDocument): void {
  sheet.addRow([document.title]).font = { bold: true, size: 14 };
  if (document.subtitle) sheet.addRow([document.subtitle]).font = { size: 12 };
  sheet.addRow([]);
  for (const p of document.parameters) writeFact(sheet, p);
  if (document.renderedAt) writeFact(sheet, { label: document.renderedAtLabel ?? 'Generated at', value: document.renderedAt, type: 'datetime' });
  if (document.footer) {
    sheet.addRow([]);
    sheet.addRow([document.footer]).font = { italic: true, color: { argb: 'FF444444' } };
  }
  sheet.getColumn(1).width = 34;
  sheet.getColumn(2).width = 70;
}

const printOnA4 = (sheet: ExcelJS.Worksheet) =>
  Object.assign(sheet.pageSetup, { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });

/** One sheet for the title and parameters, then one per section; typed cells and frozen table headers. */
export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Follow-through';
  workbook.title = document.title;
  const cover = workbook.addWorksheet(COVER_SHEET);
  writeCover(cover, document);
  const taken = new Set([COVER_SHEET.toLowerCase()]);
  for (const section of document.sections) {
    const sheet = workbook.addWorksheet(uniqueSheetName(section.title, section.id, taken));
    printOnA4(sheet);
    writeSection(sheet, section);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
