import type { ExportColumn } from './export-columns';

export const EXPORT_LISTS = ['recommendations', 'organisations', 'forums', 'scorecards', 'overdue'] as const;
export type ExportListName = (typeof EXPORT_LISTS)[number];

/** One list the web interface shows, as an export: its columns (every field of its items) and those shown on screen. */
export interface ExportList<Row> {
  name: ExportListName;
  columns: ExportColumn<Row>[];
  /** The columns when none are chosen: what the list's page shows. */
  defaults: string[];
}

export const columnKeys = <Row>(list: ExportList<Row>): string[] => list.columns.map((column) => column.key);

/** The columns asked for, in the order asked; the list's defaults when none are. */
export function chosenColumns<Row>(list: ExportList<Row>, keys: string[] | undefined): ExportColumn<Row>[] {
  const wanted = keys && keys.length > 0 ? keys : list.defaults;
  return wanted.map((key) => list.columns.find((column) => column.key === key) as ExportColumn<Row>);
}
