import ExcelJS from 'exceljs';
import {
  IMPLEMENTATION_RATE,
  TAJIK_TEXT,
  bigTableReportDocument,
  russianReportDocument,
  sampleReportDocument,
} from '../../../test/reports/sample-report-document';
import { ReportDocument } from '../document/report-document';
import { renderXlsx } from './render-xlsx';

async function workbookOf(document: ReportDocument): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(document)) as unknown as ArrayBuffer);
  return workbook;
}

const sheet = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
const rowWith = (ws: ExcelJS.Worksheet, first: string) => (ws.getRows(1, ws.rowCount) ?? []).find((r) => r.getCell(1).value === first) as ExcelJS.Row;

describe('renderXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await workbookOf(sampleReportDocument());
  });

  it('has a cover sheet, then one sheet per section named after it, valid for Excel', () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual(['Report', 'Summary', 'Transitions in the period', 'By theme', 'Progress over the year', 'Scorecard ministries agencies']);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });

  it('puts the title, subtitle, parameters and the time of rendering on the cover', () => {
    const cover = sheet(workbook, 'Report');
    expect(cover.getCell('A1').value).toBe('Donor accountability report');
    expect(cover.getCell('A2').value).toBe('INL — fiscal year 2025, second quarter');
    expect(rowWith(cover, 'Data position').getCell(2).value).toBe(1042);
    expect(rowWith(cover, 'As of').getCell(2).value).toEqual(new Date('2025-03-31T00:00:00Z'));
    const rendered = rowWith(cover, 'Generated at').getCell(2);
    expect(rendered.value).toEqual(new Date('2025-04-02T08:15:00Z'));
    expect(rendered.numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('writes figures as typed cells: numbers, percents with a percent format, real dates', () => {
    const summary = sheet(workbook, 'Summary');
    const rate = rowWith(summary, 'Implementation rate').getCell(2);
    expect(rate.value).toBeCloseTo(IMPLEMENTATION_RATE, 12);
    expect(rate.numFmt).toBe('0.0%');
    expect(rowWith(summary, 'Recommendations tracked').getCell(2).value).toBe(12345);
    expect(rowWith(summary, 'Period ends').getCell(2).value).toEqual(new Date('2025-03-31T00:00:00Z'));
    const transitions = sheet(workbook, 'Transitions in the period');
    const first = transitions.getRow(2);
    expect(first.getCell(1).value).toEqual(new Date('2025-01-14T00:00:00Z'));
    expect(first.getCell(1).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(2).value).toEqual(new Date('2025-01-14T09:30:00Z'));
    expect(first.getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(first.getCell(7).value).toBe(128);
    expect(first.getCell(8).value).toBe(0.25);
    expect(first.getCell(8).numFmt).toBe('0.0%');
    expect(transitions.getRow(4).getCell(8).value).toBeNull();
  });

  it('freezes, filters and bolds the header row of the first table', () => {
    const transitions = sheet(workbook, 'Transitions in the period');
    expect(transitions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(transitions.getRow(1).font?.bold).toBe(true);
    expect(transitions.getRow(1).getCell(3).value).toBe('Recommendation');
    expect(transitions.autoFilter).toBeTruthy();
    expect(transitions.getColumn(3).width).toBeGreaterThan(20);
  });

  it('stacks several tables with a caption row and a blank row, and writes a chart as its data', () => {
    const byTheme = sheet(workbook, 'By theme');
    const values = (n: number) => (byTheme.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Status by theme']);
    expect(values(2)).toEqual([undefined, 'Implemented', 'In progress', 'Not started']);
    expect(values(3)).toEqual(['Gender-based violence', 2, 1, 1]);
    expect(values(6)).toEqual([]);
    expect(values(7)).toEqual(['Recommendations by theme']);
    expect(values(8)).toEqual(['Theme', 'Total', 'Implementation rate']);
    expect(byTheme.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(values(12)).toEqual([]);
    expect(values(14)).toEqual(['Every theme has recommendations.']);
  });

  it('keeps paragraphs with their heading', () => {
    const narrative = sheet(workbook, 'Scorecard ministries agencies');
    expect(narrative.getCell('A1').value).toBe('Reasons goals were not met');
    expect(narrative.getCell('A1').font?.bold).toBe(true);
    expect(narrative.getCell('A2').value).toBe('Trainers unavailable in the second quarter.');
  });

  it('names sheets in the document language and keeps Tajik user text', async () => {
    const russian = await workbookOf(russianReportDocument());
    expect(russian.worksheets.map((s) => s.name)).toEqual(['Report', 'Сводка', 'Переходы за период', 'Почему цели не достигнуты']);
    expect(sheet(russian, 'Переходы за период').getRow(4).getCell(3).value).toBe(TAJIK_TEXT);
  });

  it('writes a 2,000-row table with every row typed', async () => {
    const big = sheet(await workbookOf(bigTableReportDocument(2000)), 'Recommendations');
    expect(big.rowCount).toBe(2001);
    expect(big.getRow(2001).getCell(3).value).toBeInstanceOf(Date);
    expect(big.getRow(2001).getCell(5).value).toBe(0.99);
  });
});
