import { Workbook } from 'exceljs';
import { FORUM_KINDS } from '../forums/forum.events';
import { PRIORITIES } from '../recommendations/recommendation.events';
import { writeCsv } from './csv';
import { COLUMNS, type ColumnKey } from './template-columns';
import type { VocabularyKind } from '../vocabularies/vocabulary';

/** What the template's second sheet lists: the organisations the tracker holds now, and each vocabulary's current terms (labels in the template's language). */
export interface RecordedValues {
  organisations: { name: string; kind: string }[];
  terms: Record<VocabularyKind, string[]>;
}

const COLUMN_OF: Record<VocabularyKind, ColumnKey> = {
  themes: 'themes',
  regions: 'targetRegions',
  sdgTargets: 'sdgTargets',
  cedawAreas: 'cedawAreas',
  mechanisms: 'mechanisms',
};
const headerOf = (key: ColumnKey, language: TemplateLanguage) => COLUMNS.find((column) => column.key === key)?.[language] ?? key;

export type TemplateLanguage = 'en' | 'ru' | 'tg';

/** The XLSX template: the headers in the language asked for, an example row, and a sheet of the valid values. */
export async function xlsxTemplate(values: RecordedValues, language: TemplateLanguage): Promise<Buffer> {
  const workbook = new Workbook();
  const rows = workbook.addWorksheet('Import');
  rows.addRow(COLUMNS.map((column) => column[language]));
  rows.addRow(COLUMNS.map((column) => column.example));
  rows.getRow(1).font = { bold: true };
  rows.columns.forEach((column) => (column.width = 24));
  const valid = workbook.addWorksheet('Valid values');
  const lists = [
    ['Organisation', ...values.organisations.map((o) => o.name)],
    ['Organisation kind', ...values.organisations.map((o) => o.kind)],
    ...(Object.keys(COLUMN_OF) as VocabularyKind[]).map((kind) => [headerOf(COLUMN_OF[kind], language), ...values.terms[kind]]),
    ['Forum kind', ...FORUM_KINDS],
    ['Priority', ...PRIORITIES],
  ];
  const height = Math.max(...lists.map((list) => list.length));
  for (let row = 0; row < height; row++) valid.addRow(lists.map((list) => list[row] ?? ''));
  valid.getRow(1).font = { bold: true };
  valid.columns.forEach((column) => (column.width = 32));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV template (one sheet only: the valid values are in the XLSX one), with a byte order mark for spreadsheets. */
export function csvTemplate(language: TemplateLanguage): string {
  return '\uFEFF' + writeCsv([COLUMNS.map((column) => column[language]), COLUMNS.map((column) => column.example)]);
}
