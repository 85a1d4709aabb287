import type { PublicForum, PublicRecommendation } from './public-view';

type Cell = string | number | null | readonly string[];

export const FORUM_COLUMNS = [
  'forumId',
  'title',
  'kind',
  'startDate',
  'endDate',
  'country',
  'region',
  'district',
  'organisers',
  'funders',
  'participants',
  'recommendations',
  'licence',
  'publishedAt',
] as const satisfies readonly (keyof PublicForum)[];

export const RECOMMENDATION_COLUMNS = [
  'id',
  'forumId',
  'forumTitle',
  'text',
  'status',
  'priority',
  'responsibleOrganisation',
  'dueDate',
  'percentComplete',
  'themes',
  'themeLabels',
  'targetRegions',
  'targetRegionLabels',
  'sdgTargets',
  'sdgTargetLabels',
  'cedawAreas',
  'cedawAreaLabels',
  'mechanisms',
  'mechanismLabels',
  'proposedAt',
  'lastChangedAt',
  'licence',
] as const satisfies readonly (keyof PublicRecommendation)[];

/** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled; lists are joined with "; ". */
function csvCell(value: Cell): string {
  const text = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row extends object>(rows: Row[], columns: readonly (keyof Row & string)[]): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column] as Cell)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** The open data's rows: the public views with only the columns named (the forum's counts by status left to the JSON). */
export function pick<Row extends object, K extends keyof Row>(row: Row, columns: readonly K[]): Pick<Row, K> {
  return Object.fromEntries(columns.map((column) => [column, row[column]])) as Pick<Row, K>;
}
