import { TableBlock } from '../document/report-document';
import { cellText, isNumeric } from './cell-text';

export const CELL_PADDING = 3;
const SAMPLE_ROWS = 400;
const MAX_COLUMN = 260;
const MIN_TEXT_COLUMN = 48;
const MAX_WORD = 110;

/** Up to SAMPLE_ROWS rows spread over the whole table, so a long table is measured in constant time. */
function sampleRows(table: TableBlock) {
  const step = Math.max(1, Math.floor(table.rows.length / SAMPLE_ROWS));
  return table.rows.filter((_, i) => i % step === 0);
}

export interface ColumnWidths {
  widths: number[];
  wordsFit: boolean;
  /** Numeric columns whose header is printed turned a quarter left, so that the column is as narrow as its numbers. */
  rotated: boolean[];
}

/**
 * Column widths from their content: numbers, dates and short texts get what they need, long texts
 * share what is left (and wrap), and the table fills the width available. With `rotatedHeader` (the
 * width a header turned on its side needs), a numeric column whose header word is wider than its
 * numbers gets its header turned instead of the width of the word.
 */
export function columnWidths(
  table: TableBlock,
  available: number,
  measure: (text: string) => number,
  measureBold: (text: string) => number,
  rotatedHeader?: number,
): ColumnWidths {
  const rows = sampleRows(table);
  const pad = 2 * CELL_PADDING + 1;
  // pdfkit wraps words with their trailing space, so a word needs room for one more space
  const longestWord = (text: string, width: (text: string) => number) => Math.max(...text.split(/\s+/).map((word) => width(`${word} `))) + pad;
  const texts = table.columns.map((c, i) => rows.map((r) => cellText(r[i] ?? null, c.type)));
  const data = texts.map((column) => Math.max(0, ...column.map((t) => measure(t) + pad)));
  const label = table.columns.map((c) => longestWord(c.label, measureBold));
  const rotated = table.columns.map((c, i) => rotatedHeader !== undefined && isNumeric(c.type) && label[i] > Math.max(data[i], rotatedHeader));
  const wanted = table.columns.map((_, i) => Math.min(MAX_COLUMN, rotated[i] ? Math.max(rotatedHeader as number, data[i]) : Math.max(label[i], data[i])));
  const rigid = table.columns.map((c) => isNumeric(c.type) || c.type === 'date' || c.type === 'datetime');
  const longestDataWord = (i: number) => Math.min(MAX_WORD, Math.max(0, ...texts[i].map((t) => longestWord(t, measure))));
  const minimum = wanted.map((w, i) =>
    rigid[i] ? w : Math.min(w, Math.max(MIN_TEXT_COLUMN, longestWord(table.columns[i].label, measureBold), longestDataWord(i))),
  );
  return { widths: shrinkToFit(wanted, minimum, available), wordsFit: minimum.reduce((a, b) => a + b, 0) <= available, rotated };
}

function shrinkToFit(wanted: number[], minimum: number[], available: number): number[] {
  const total = wanted.reduce((a, b) => a + b, 0);
  if (total <= available) return wanted.map((w) => w + ((available - total) * w) / total);
  const slack = wanted.map((w, i) => w - minimum[i]);
  const totalSlack = slack.reduce((a, b) => a + b, 0);
  const excess = total - available;
  if (totalSlack >= excess) return wanted.map((w, i) => w - (excess * slack[i]) / totalSlack);
  const floor = minimum.reduce((a, b) => a + b, 0);
  return minimum.map((m) => (m * available) / floor);
}
