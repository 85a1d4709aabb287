import { CellValue, ParagraphsBlock, ReportBlock, TableBlock } from '../document/report-document';

/**
 * How much of a long list HTML and PDF show (docs/reports.md, "Long lists in HTML and PDF"): a donor reads tens of
 * pages, not thousands. CSV and XLSX keep every row, and JSON is the whole report.
 */
export const READING_LIMITS = {
  /** Transitions in the period: the latest first. */
  transitions: 200,
  /** Forums shown in full (their facts and recommendations), in the report's order. */
  forums: 10,
  /** Recommendations listed under each forum shown, in the report's order. */
  recommendationsPerForum: 25,
  /** Overdue commitments: the longest overdue first. */
  overdue: 100,
  /** Each list the tracker makes for the INL narrative (accomplishments, setbacks, next steps), in its order. */
  narrativeItems: 50,
} as const;

/** A whole number as the report's language writes it ("120,544", "120 544"). */
export const countText = (language: string, n: number) => new Intl.NumberFormat(language).format(n);

/** A note only HTML and PDF print. */
export const readingNote = (text: string): ParagraphsBlock => ({ kind: 'paragraphs', items: [text], onlyIn: 'reading' });

/**
 * A table longer than its limit: whole for the data formats, and for the reading formats its rows `shown` (in the
 * stated order; by default its first `limit`) after `note`. Within the limit, the table as it is for every format.
 */
export function shortenedTable(
  table: TableBlock,
  limit: number,
  note: string,
  shown: (rows: CellValue[][]) => CellValue[][] = (rows) => rows.slice(0, limit),
): ReportBlock[] {
  if (table.rows.length <= limit) return [table];
  return [{ ...table, onlyIn: 'data' }, readingNote(note), { ...table, rows: shown(table.rows), onlyIn: 'reading' }];
}
