/**
 * A report laid out for people, independent of format: every renderer (CSV, XLSX, HTML, PDF) draws
 * the same document, so the formats cannot disagree. Labels are already in the chosen language;
 * user-entered text is carried as entered.
 */
export interface ReportDocument {
  /** BCP 47 language of the labels: en, ru or tg. */
  language: string;
  title: string;
  subtitle: string | null;
  /** What the report is about, as label/value pairs (donor, period, as of, template). */
  parameters: Fact[];
  /** Logos on the cover (the donor's, the implementing organisation's), left to right. */
  logos?: DocumentImage[];
  sections: ReportSection[];
  /** One closing line saying in words how to regenerate the report exactly (data position, moment, language). */
  footer?: string;
  /** Wall-clock time of rendering, printed on HTML/PDF/XLSX only (never in JSON or CSV, which must be reproducible). */
  renderedAt?: string;
  /** The words for "generated at" in the document's language. */
  renderedAtLabel?: string;
}

export interface ReportSection {
  /** Stable identifier, e.g. `summary`, `transitions`; used for sheet names and anchors. */
  id: string;
  title: string;
  blocks: ReportBlock[];
  /** What follows starts on a new page (the executive summary ends the cover page). */
  endsPage?: boolean;
}

/** An image checked when it was uploaded (PNG or JPEG), carried as base64 so that a document can cross to another thread as it is. */
export interface DocumentImage {
  /** Its alternative text: whose logo it is. */
  label: string;
  mediaType: 'image/png' | 'image/jpeg';
  base64: string;
}

export type ReportBlock = FactsBlock | TableBlock | ChartBlock | ParagraphsBlock;

/**
 * Which formats draw a block: by default all. A list longer than its reading limit (docs/reports.md, "Long lists
 * in HTML and PDF") is carried twice: whole for the data formats (CSV, XLSX; JSON is the report's data), and as
 * its first rows by a stated order, with a note saying how many more there are, for the reading formats (HTML, PDF).
 */
export type ShownIn = 'reading' | 'data';

/** Any block: `onlyIn` names the one kind of format that draws it, when not every format does. */
interface ShownBlock {
  onlyIn?: ShownIn;
}

/** The blocks of a section one kind of format draws. */
export function blocksShownIn(section: ReportSection, shownIn: ShownIn): ReportBlock[] {
  return section.blocks.filter((block) => block.onlyIn === undefined || block.onlyIn === shownIn);
}

export interface Fact {
  label: string;
  value: CellValue;
  type?: CellType;
}

export interface FactsBlock extends ShownBlock {
  kind: 'facts';
  facts: Fact[];
}

export type CellType = 'text' | 'integer' | 'number' | 'percent' | 'date' | 'datetime';
/** Dates as `YYYY-MM-DD`, date-times as ISO 8601 UTC strings, percents as fractions (0.42 = 42 %). */
export type CellValue = string | number | null;

export interface TableColumn {
  key: string;
  label: string;
  type: CellType;
}

export interface TableBlock extends ShownBlock {
  kind: 'table';
  /** Optional caption above the table (e.g. a forum's title inside the forums section). */
  caption?: string;
  columns: TableColumn[];
  rows: CellValue[][];
  /** Shown instead of an empty table. */
  emptyText?: string;
}

export interface ChartSeries {
  label: string;
  values: number[];
  /** A series of one status is drawn in that status's colour, the same in every chart and in the web interface. */
  status?: string;
}

export interface ChartBlock extends ShownBlock {
  kind: 'chart';
  chart: 'bar' | 'stacked-bar' | 'line';
  title: string;
  /** One category per bar (or per point on the x axis of a line chart). */
  categories: string[];
  series: ChartSeries[];
}

export interface ParagraphsBlock extends ShownBlock {
  kind: 'paragraphs';
  /** Optional heading of the narrative (e.g. "Reasons goals were not met"). */
  heading?: string;
  items: string[];
}

export type ReportFormat = 'json' | 'csv' | 'xlsx' | 'html' | 'pdf';
export const REPORT_FORMATS: ReportFormat[] = ['json', 'csv', 'xlsx', 'html', 'pdf'];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
};
