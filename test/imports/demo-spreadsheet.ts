import { Workbook } from 'exceljs';
import { DEMO_FORUMS, DEMO_ORGANISATIONS, DEMO_RECOMMENDATIONS, type DemoStep } from '../../src/demo/demo-data';

/** The demo's forums, recommendations and first assignments as rows of the import template, by English header. */
export function demoRows(): Record<string, string>[] {
  const name = (key: string) => DEMO_ORGANISATIONS.find((o) => o.key === key)!.name;
  return DEMO_RECOMMENDATIONS.map((recommendation, index) => {
    const forum = DEMO_FORUMS.find((f) => f.key === recommendation.forumKey)!;
    const assign = firstAssignment(recommendation.history);
    return {
      Reference: `demo-${index}`,
      'Forum title': forum.title,
      'Forum kind': forum.kind,
      'Forum start date': forum.startDate,
      'Forum end date': forum.endDate,
      Country: forum.location.country,
      'Forum region': forum.location.region ?? '',
      'Forum district': forum.location.district ?? '',
      Organisers: forum.organisers.join('; '),
      Funders: forum.funderKeys.map(name).join('; '),
      Programme: forum.programme,
      Participants: forum.participants === null ? '' : String(forum.participants),
      Source: forum.sourceReference,
      Recommendation: recommendation.text,
      Themes: recommendation.themes.join('; '),
      'Target regions': recommendation.targetRegions.join('; '),
      Priority: recommendation.priority,
      'Proposed on': recommendation.proposedAt,
      'Responsible organisation': assign ? name(assign.organisationKey) : '',
      'Supporting organisations': (assign?.supportingKeys ?? []).map(name).join('; '),
      'Due date': assign?.dueDate ?? '',
      'Assigned on': assign?.at ?? '',
    };
  });
}

export function firstAssignment(history: DemoStep[]) {
  return history.find((step): step is Extract<DemoStep, { step: 'assign' }> => step.step === 'assign');
}

/** The same headers in Russian, as the template in Russian names them (written here by hand, not read from the code). */
export const RUSSIAN: Record<string, string> = {
  Reference: 'Ссылка',
  'Forum title': 'Название форума',
  'Forum kind': 'Вид форума',
  'Forum start date': 'Дата начала форума',
  'Forum end date': 'Дата окончания форума',
  Country: 'Страна',
  'Forum region': 'Регион форума',
  'Forum district': 'Район форума',
  Organisers: 'Организаторы',
  Funders: 'Доноры',
  Programme: 'Программа',
  Participants: 'Число участников',
  Source: 'Источник',
  Recommendation: 'Рекомендация',
  Themes: 'Темы',
  'Target regions': 'Целевые регионы',
  Priority: 'Приоритет',
  'Proposed on': 'Дата предложения',
  'Responsible organisation': 'Ответственная организация',
  'Supporting organisations': 'Поддерживающие организации',
  'Due date': 'Срок',
  'Assigned on': 'Дата назначения',
};

/** CSV with every field quoted (the simplest correct writer, independent of the app's). */
export function csvOf(rows: Record<string, string>[], separator: ',' | ';', headers: (h: string) => string = (h) => h, bom = false): Buffer {
  const keys = Object.keys(rows[0]);
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = [keys.map(headers), ...rows.map((row) => keys.map((key) => row[key]))].map((cells) => cells.map(quote).join(separator));
  return Buffer.from((bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n', 'utf8');
}

/** XLSX with dates as real date cells, as a spreadsheet program saves them. */
export async function xlsxOf(rows: Record<string, string>[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Import');
  const keys = Object.keys(rows[0]);
  sheet.addRow(keys);
  const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
  for (const row of rows) sheet.addRow(keys.map((key) => (isDate(row[key]) ? new Date(`${row[key]}T00:00:00Z`) : row[key])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
