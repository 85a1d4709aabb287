import ExcelJS from 'exceljs';
import { CellType, CellValue, ChartBlock, Fact, ReportDocument, ReportSection, TableBlock } from '../document/report-document';

const FORMATS: Partial<Record<CellType, string>> = { integer: '0', number: '0.0', percent: '0.0%', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' };
const FORBIDDEN = /[[\]:*?/\\]/g;

function typedCell(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null) return null;
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') {
    const date = new Date(type === 'date' ? `${value.slice(0, 10)}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  return value;
}

function sheetName(section: ReportSection, taken: Set<string>): string {
  const base = (section.title.replace(FORBIDDEN, ' ').trim() || section.id).slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function writeTable(sheet: ExcelJS.Worksheet, table: TableBlock, first: boolean): void {
  if (table.caption) sheet.addRow([table.caption]).font = { bold: true };
  const header = sheet.addRow(table.columns.map((c) => c.label));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE4EBF1' } };
  if (first) {
    sheet.views = [{ state: 'frozen', ySplit: header.number, xSplit: 0 }];
    sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: table.columns.length } };
  }
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((v, i) => typedCell(v, table.columns[i].type)));
    table.columns.forEach((column, i) => {
      const format = FORMATS[column.type];
      if (format) row.getCell(i + 1).numFmt = format;
    });
  }
  table.columns.forEach((column, i) => {
    const widest = Math.max(column.label.length, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    const current = sheet.getColumn(i + 1).width ?? 8;
    sheet.getColumn(i + 1).width = Math.max(current, Math.min(60, widest + 2));
  });
}

/** A chart's figures as a small table (the spreadsheet library draws no charts). */
function chartAsTable(chart: ChartBlock): TableBlock {
  return {
    kind: 'table',
    caption: chart.title,
    columns: [{ key: 'category', label: '', type: 'text' }, ...chart.series.map((s) => ({ key: s.label, label: s.label, type: 'number' as const }))],
    rows: chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i] ?? null)]),
  };
}

function writeFact(sheet: ExcelJS.Worksheet, fact: Fact): void {
  const row = sheet.addRow([fact.label, typedCell(fact.value, fact.type ?? 'text')]);
  row.getCell(1).font = { bold: true };
  const format = FORMATS[fact.type ?? 'text'];
  if (format) row.getCell(2).numFmt = format;
}

function writeSection(sheet: ExcelJS.Worksheet, section: ReportSection): void {
  let tables = 0;
  for (const block of section.blocks) {
    if (sheet.rowCount > 0) sheet.addRow([]);
    if (block.kind === 'facts') for (const f of block.facts) writeFact(sheet, f);
    if (block.kind === 'paragraphs') for (const item of block.items) sheet.addRow([item]);
    if (block.kind === 'table') writeTable(sheet, block, tables++ === 0);
    if (block.kind === 'chart') writeTable(sheet, chartAsTable(block), false);
  }
}

/** One sheet for the title and parameters, then one per section; typed cells and frozen table headers. */
export async function renderXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Follow-through';
  workbook.title = document.title;
  const cover = workbook.addWorksheet('Report');
  cover.addRow([document.title]).font = { bold: true, size: 14 };
  if (document.subtitle) cover.addRow([document.subtitle]);
  cover.addRow([]);
  for (const p of document.parameters) writeFact(cover, p);
  if (document.renderedAt) cover.addRow([document.renderedAtLabel ?? '', new Date(document.renderedAt)]).getCell(2).numFmt = 'yyyy-mm-dd hh:mm';
  cover.getColumn(1).width = 34;
  cover.getColumn(2).width = 70;
  const taken = new Set(['report']);
  for (const section of document.sections) writeSection(workbook.addWorksheet(sheetName(section, taken)), section);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
