import { TableBlock } from '../document/report-document';
import { cellText, isNumeric } from './cell-text';
import { BOLD, HEADER_FILL, INK_COLOUR, MARGIN, Pdf, REGULAR, RULE_COLOUR, bottomOf, contentWidth, ensureRoom, heading } from './pdf-page';
import { CELL_PADDING, columnWidths } from './pdf-column-widths';

/** A wide table is set smaller rather than breaking a word inside itself; below the last size words may break. */
const SIZES = [7.5, 7, 6.5, 6, 5.5];
/** Longer cell texts are cut so that one row always fits on a page. */
const MAX_CELL_CHARS = 1500;

interface Layout {
  size: number;
  widths: number[];
  numeric: boolean[];
  lineHeight: number;
}

const clip = (text: string) => (text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text);

/** One-line cells are measured by width alone; only texts that wrap pay for line breaking. */
function cellHeight(pdf: Pdf, text: string, width: number, layout: Layout): number {
  const inner = width - 2 * CELL_PADDING;
  return pdf.widthOfString(text) <= inner ? layout.lineHeight : pdf.heightOfString(text, { width: inner });
}

function rowHeight(pdf: Pdf, cells: string[], layout: Layout, header: boolean): number {
  pdf.font(header ? BOLD : REGULAR).fontSize(layout.size);
  return Math.max(...cells.map((t, i) => cellHeight(pdf, t, layout.widths[i], layout))) + 2 * CELL_PADDING;
}

/** After the texts: a path begun before a text operator would be lost. */
function drawRules(pdf: Pdf, widths: number[], y: number, height: number): void {
  let x = MARGIN;
  for (const width of widths.slice(0, -1)) {
    x += width;
    pdf.moveTo(x, y).lineTo(x, y + height);
  }
  pdf
    .rect(MARGIN, y, x + widths[widths.length - 1] - MARGIN, height)
    .lineWidth(0.5)
    .strokeColor(RULE_COLOUR)
    .stroke();
}

function drawRow(pdf: Pdf, cells: string[], layout: Layout, header: boolean, height: number): void {
  const y = pdf.y;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  if (header) pdf.rect(MARGIN, y, width, height).fill(HEADER_FILL);
  pdf
    .font(header ? BOLD : REGULAR)
    .fontSize(layout.size)
    .fillColor(INK_COLOUR);
  let x = MARGIN;
  cells.forEach((text, i) => {
    const inner = layout.widths[i] - 2 * CELL_PADDING;
    const textWidth = pdf.widthOfString(text);
    if (textWidth <= inner) pdf.text(text, x + CELL_PADDING + (layout.numeric[i] ? inner - textWidth : 0), y + CELL_PADDING, { lineBreak: false });
    else pdf.text(text, x + CELL_PADDING, y + CELL_PADDING, { width: inner, align: layout.numeric[i] ? 'right' : 'left' });
    x += layout.widths[i];
  });
  drawRules(pdf, layout.widths, y, height);
  pdf.x = MARGIN;
  pdf.y = y + height;
}

function layoutAt(pdf: Pdf, table: TableBlock, size: number): Layout & { wordsFit: boolean } {
  const measure = (text: string) => pdf.font(REGULAR).fontSize(size).widthOfString(text);
  const measureBold = (text: string) => pdf.font(BOLD).fontSize(size).widthOfString(text);
  const { widths, wordsFit } = columnWidths(table, contentWidth(pdf), measure, measureBold);
  return { size, widths, wordsFit, numeric: table.columns.map((c) => isNumeric(c.type)), lineHeight: pdf.font(REGULAR).fontSize(size).currentLineHeight(true) };
}

/** The largest size at which every column holds its longest word. */
function layoutOf(pdf: Pdf, table: TableBlock): Layout {
  for (const size of SIZES) {
    const layout = layoutAt(pdf, table, size);
    if (layout.wordsFit) return layout;
  }
  return layoutAt(pdf, table, SIZES[SIZES.length - 1]);
}

/** A table over as many pages as it needs, its header row again at the top of each. */
export function drawTable(pdf: Pdf, table: TableBlock): void {
  if (table.caption) heading(pdf, table.caption, 10);
  if (table.rows.length === 0) {
    pdf
      .font(REGULAR)
      .fontSize(9)
      .fillColor(INK_COLOUR)
      .text(table.emptyText ?? '—', MARGIN, pdf.y)
      .moveDown(0.6);
    return;
  }
  const layout = layoutOf(pdf, table);
  const header = table.columns.map((c) => c.label);
  const headerHeight = rowHeight(pdf, header, layout, true);
  ensureRoom(pdf, headerHeight + 3 * layout.lineHeight);
  drawRow(pdf, header, layout, true, headerHeight);
  for (const values of table.rows) {
    const cells = table.columns.map((c, i) => clip(cellText(values[i] ?? null, c.type)));
    const height = rowHeight(pdf, cells, layout, false);
    if (pdf.y + height > bottomOf(pdf)) {
      pdf.addPage();
      drawRow(pdf, header, layout, true, headerHeight); // the header again on every page
    }
    drawRow(pdf, cells, layout, false, height);
  }
  pdf.x = MARGIN;
  pdf.moveDown(0.8);
}
