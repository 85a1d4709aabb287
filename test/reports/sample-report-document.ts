import { CellValue, ReportDocument, ReportSection, TableBlock } from '../../src/reports/document/report-document';

/** User text a hostile user could enter; every renderer must carry it as text. */
export const HOSTILE_TEXT = '<script>document.title="owned"</script><img src=x "onerror=alert(1)">';
export const AWKWARD_TEXT = 'Adopt guidelines, "survivor-centred",\nwith a referral path';
/** Tajik letters that Latin-1 or plain Russian fonts lack. */
export const TAJIK_TEXT = 'Ҳисоботи қабулшуда: иҷрои тавсияҳо дар ноҳияи Ғарм ва Кӯҳистон ӣ';

export const IMPLEMENTATION_RATE = 3 / 7;

const transitionsTable = (): TableBlock => ({
  kind: 'table',
  columns: [
    { key: 'at', label: 'Date', type: 'date' },
    { key: 'recorded', label: 'Recorded at', type: 'datetime' },
    { key: 'recommendation', label: 'Recommendation', type: 'text' },
    { key: 'forum', label: 'Forum', type: 'text' },
    { key: 'from', label: 'From', type: 'text' },
    { key: 'to', label: 'To', type: 'text' },
    { key: 'days', label: 'Days since proposal', type: 'integer' },
    { key: 'share', label: 'Share of forum done', type: 'percent' },
  ],
  rows: [
    ['2025-01-14', '2025-01-14T09:30:00.000Z', AWKWARD_TEXT, 'UPR 4th cycle', 'accepted', 'in progress', 128, 0.25],
    ['2025-02-03', '2025-02-03T16:05:00.000Z', HOSTILE_TEXT, 'CEDAW 2024', 'in progress', 'implemented', 301, IMPLEMENTATION_RATE],
    ['2025-03-28', '2025-03-28T11:00:00.000Z', 'Train 400 police officers in Khatlon', 'UPR 4th cycle', 'proposed', 'accepted', 12, null],
  ],
});

const summary = (): ReportSection => ({
  id: 'summary',
  title: 'Summary',
  blocks: [
    {
      kind: 'facts',
      facts: [
        { label: 'Forums in the portfolio', value: 4, type: 'integer' },
        { label: 'Recommendations tracked', value: 12345, type: 'integer' },
        { label: 'Implementation rate', value: IMPLEMENTATION_RATE, type: 'percent' },
        { label: 'Median days from proposal to implementation', value: 183.5, type: 'number' },
        { label: 'Period ends', value: '2025-03-31', type: 'date' },
      ],
    },
    {
      kind: 'chart',
      chart: 'bar',
      title: 'Recommendations by status at the end of the period',
      categories: ['Proposed', 'Accepted', 'In progress', 'Implemented', 'Rejected'],
      series: [{ label: 'Recommendations', values: [3, 2, 4, 3, 0] }],
    },
  ],
});

const byTheme = (): ReportSection => ({
  id: 'by-theme',
  title: 'By theme',
  blocks: [
    {
      kind: 'chart',
      chart: 'stacked-bar',
      title: 'Status by theme',
      categories: ['Gender-based violence', 'Justice', 'Health services'],
      series: [
        { label: 'Implemented', values: [2, 1, 0] },
        { label: 'In progress', values: [1, 2, 1] },
        { label: 'Not started', values: [1, 0, 4] },
      ],
    },
    {
      kind: 'table',
      caption: 'Recommendations by theme',
      columns: [
        { key: 'theme', label: 'Theme', type: 'text' },
        { key: 'total', label: 'Total', type: 'integer' },
        { key: 'rate', label: 'Implementation rate', type: 'percent' },
      ],
      rows: [
        ['Gender-based violence', 4, 0.5],
        ['Justice', 3, 1 / 3],
        ['Health services', 5, 0],
      ],
    },
    {
      kind: 'table',
      caption: 'Themes without recommendations',
      columns: [{ key: 'theme', label: 'Theme', type: 'text' }],
      rows: [],
      emptyText: 'Every theme has recommendations.',
    },
  ],
});

const progress = (): ReportSection => ({
  id: 'progress',
  title: 'Progress over the year',
  blocks: [
    {
      kind: 'chart',
      chart: 'line',
      title: 'Implemented and overdue, by quarter',
      categories: ['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1'],
      series: [
        { label: 'Implemented', values: [1, 2, 2, 3] },
        { label: 'Overdue', values: [0, 1, 3, 2] },
      ],
    },
  ],
});

const narrative = (): ReportSection => ({
  id: 'narrative',
  title: 'Scorecard: ministries/agencies [all] and why goals were not met',
  blocks: [{ kind: 'paragraphs', heading: 'Reasons goals were not met', items: ['Trainers unavailable in the second quarter.', HOSTILE_TEXT] }],
});

/** A donor accountability report in English with every kind of block. */
export function sampleReportDocument(): ReportDocument {
  return {
    language: 'en',
    title: 'Donor accountability report',
    subtitle: 'INL — fiscal year 2025, second quarter',
    parameters: [
      { label: 'Donor', value: 'Bureau of International Narcotics and Law Enforcement Affairs (INL)' },
      { label: 'Reporting period', value: '2025-01-01 – 2025-03-31' },
      { label: 'As of', value: '2025-03-31', type: 'date' },
      { label: 'Data position', value: 1042, type: 'integer' },
    ],
    sections: [summary(), { id: 'transitions', title: 'Transitions in the period', blocks: [transitionsTable()] }, byTheme(), progress(), narrative()],
    renderedAt: '2025-04-02T08:15:00.000Z',
    renderedAtLabel: 'Generated at',
  };
}

/** The same report with Russian labels and Tajik user text. */
export function russianReportDocument(): ReportDocument {
  const document = sampleReportDocument();
  const transitions = transitionsTable();
  transitions.columns = transitions.columns.map((c, i) => ({
    ...c,
    label: ['Дата', 'Записано', 'Рекомендация', 'Форум', 'Из', 'В', 'Дней с предложения', 'Доля форума'][i],
  }));
  transitions.rows[2][2] = TAJIK_TEXT;
  return {
    ...document,
    language: 'ru',
    title: 'Отчёт для донора о выполнении рекомендаций',
    subtitle: 'INL — 2025 финансовый год, второй квартал',
    parameters: [
      { label: 'Донор', value: 'INL' },
      { label: 'Данные на', value: '2025-03-31', type: 'date' },
    ],
    sections: [
      {
        id: 'summary',
        title: 'Сводка',
        blocks: [{ kind: 'facts', facts: [{ label: 'Доля выполненных', value: IMPLEMENTATION_RATE, type: 'percent' }] }, summary().blocks[1]],
      },
      { id: 'transitions', title: 'Переходы за период', blocks: [transitions] },
      { id: 'narrative', title: 'Почему цели не достигнуты', blocks: [{ kind: 'paragraphs', items: [TAJIK_TEXT] }] },
    ],
    renderedAtLabel: 'Сформирован',
  };
}

/** A report whose one table has `rows` rows, for pagination and speed. */
export function bigTableReportDocument(rows = 2000): ReportDocument {
  const data: CellValue[][] = Array.from({ length: rows }, (_, i) => [
    `REC-${String(i + 1).padStart(5, '0')}`,
    `Recommendation number ${i + 1} on access to justice for survivors${i % 7 === 0 ? ', with a longer text that has to wrap inside its cell on paper' : ''}`,
    `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    i % 400,
    (i % 100) / 100,
  ]);
  return {
    language: 'en',
    title: 'Forum follow-through report',
    subtitle: null,
    parameters: [{ label: 'Forum', value: 'UPR 4th cycle' }],
    sections: [
      {
        id: 'recommendations',
        title: 'Recommendations',
        blocks: [
          {
            kind: 'table',
            columns: [
              { key: 'ref', label: 'Reference', type: 'text' },
              { key: 'text', label: 'Recommendation text', type: 'text' },
              { key: 'due', label: 'Due', type: 'date' },
              { key: 'days', label: 'Days overdue', type: 'integer' },
              { key: 'done', label: 'Done', type: 'percent' },
            ],
            rows: data,
          },
        ],
      },
    ],
  };
}
