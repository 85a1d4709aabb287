import { TableBlock } from '../document/report-document';
import { cellText, isNumeric } from './cell-text';
import { BOLD, HEADER_FILL, INK_COLOUR, MARGIN, Pdf, REGULAR, RULE_COLOUR, bottomOf, contentWidth, ensureRoom, heading, headingHeight } from './pdf-page';
import { CELL_PADDING, columnWidths } from './pdf-column-widths';
import { artifact, grouped, tagged } from './pdf-structure';

/** A wide table is set smaller rather than breaking a word inside itself; below the last size words may break. */
const SIZES = [7.5, 7, 6.5, 6, 5.5];
/** Longer cell texts are cut so that one row always fits on a page. */
const MAX_CELL_CHARS = 1500;
const CAPTION_SIZE = 10;

interface Layout {
  size: number;
  widths: number[];
  numeric: boolean[];
  /** Header cells printed turned a quarter left (read from the bottom up). */
  rotated: boolean[];
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
  const turned = (i: number) => header && layout.rotated[i];
  return Math.max(...cells.map((t, i) => (turned(i) ? pdf.widthOfString(t) : cellHeight(pdf, t, layout.widths[i], layout)))) + 2 * CELL_PADDING;
}

/** A header on its side: its foot at the cell's bottom left, read from the bottom up, centred across the column. */
function drawTurned(pdf: Pdf, text: string, x: number, y: number, width: number, height: number, layout: Layout): void {
  const left = x + (width - layout.lineHeight) / 2;
  const foot = y + height - CELL_PADDING;
  pdf.save().rotate(-90, { origin: [left, foot] });
  pdf.text(text, left, foot, { lineBreak: false });
  pdf.restore();
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

function drawCell(pdf: Pdf, text: string, i: number, x: number, y: number, layout: Layout, header: boolean, height: number): void {
  const inner = layout.widths[i] - 2 * CELL_PADDING;
  if (header && layout.rotated[i]) return drawTurned(pdf, text, x, y, layout.widths[i], height, layout);
  const textWidth = pdf.widthOfString(text);
  if (textWidth <= inner) pdf.text(text, x + CELL_PADDING + (layout.numeric[i] ? inner - textWidth : 0), y + CELL_PADDING, { lineBreak: false });
  else pdf.text(text, x + CELL_PADDING, y + CELL_PADDING, { width: inner, align: layout.numeric[i] ? 'right' : 'left' });
}

function drawCells(pdf: Pdf, cells: string[], layout: Layout, header: boolean, height: number, y: number, tagCells: boolean): void {
  pdf
    .font(header ? BOLD : REGULAR)
    .fontSize(layout.size)
    .fillColor(INK_COLOUR);
  let x = MARGIN;
  cells.forEach((text, i) => {
    const left = x;
    if (tagCells) tagged(pdf, header ? 'TH' : 'TD', () => drawCell(pdf, text, i, left, y, layout, header, height));
    else drawCell(pdf, text, i, left, y, layout, header, height);
    x += layout.widths[i];
  });
}

/** A row; the header row repeated at the top of a continued page is only page furniture for a screen reader. */
function drawRow(pdf: Pdf, cells: string[], layout: Layout, header: boolean, height: number, repeated = false): void {
  const y = pdf.y;
  const width = layout.widths.reduce((a, b) => a + b, 0);
  if (header) artifact(pdf, () => pdf.rect(MARGIN, y, width, height).fill(HEADER_FILL));
  if (repeated) artifact(pdf, () => drawCells(pdf, cells, layout, header, height, y, false));
  else grouped(pdf, 'TR', () => drawCells(pdf, cells, layout, header, height, y, true));
  artifact(pdf, () => drawRules(pdf, layout.widths, y, height));
  pdf.x = MARGIN;
  pdf.y = y + height;
}

function layoutAt(pdf: Pdf, table: TableBlock, size: number, turn: boolean): Layout & { wordsFit: boolean } {
  const measure = (text: string) => pdf.font(REGULAR).fontSize(size).widthOfString(text);
  const measureBold = (text: string) => pdf.font(BOLD).fontSize(size).widthOfString(text);
  const lineHeight = pdf.font(REGULAR).fontSize(size).currentLineHeight(true);
  const { widths, wordsFit, rotated } = columnWidths(table, contentWidth(pdf), measure, measureBold, turn ? lineHeight + 2 * CELL_PADDING + 1 : undefined);
  return { size, widths, wordsFit, rotated, numeric: table.columns.map((c) => isNumeric(c.type)), lineHeight };
}

/**
 * The largest size at which every column holds its longest word; failing that, the largest at which
 * it does with the headers of numeric columns turned on their side. Words break inside themselves
 * only when even that fails at the smallest size.
 */
function layoutOf(pdf: Pdf, table: TableBlock): Layout {
  for (const turn of [false, true])
    for (const size of SIZES) {
      const layout = layoutAt(pdf, table, size, turn);
      if (layout.wordsFit) return layout;
    }
  return layoutAt(pdf, table, SIZES[SIZES.length - 1], true);
}

const rowCells = (table: TableBlock, values: TableBlock['rows'][number]) => table.columns.map((c, i) => clip(cellText(values[i] ?? null, c.type)));

/** The height of the header row and the first row: what must stand together on a page. */
function headerAndFirstRow(pdf: Pdf, table: TableBlock, layout: Layout): { header: number; first: number } {
  const header = rowHeight(
    pdf,
    table.columns.map((c) => c.label),
    layout,
    true,
  );
  return { header, first: table.rows.length ? rowHeight(pdf, rowCells(table, table.rows[0]), layout, false) : layout.lineHeight };
}

/** How much room the start of the table needs (its caption, header row and first row), so that a heading before it can keep with it. */
export function tableStartHeight(pdf: Pdf, table: TableBlock): number {
  const caption = table.caption ? headingHeight(pdf, table.caption, CAPTION_SIZE) : 0;
  if (table.rows.length === 0) return caption + 14;
  const { header, first } = headerAndFirstRow(pdf, table, layoutOf(pdf, table));
  return caption + header + first;
}

/** A table over as many pages as it needs, its header row again at the top of each and never alone at a page's bottom. */
export function drawTable(pdf: Pdf, table: TableBlock): void {
  const layout = table.rows.length ? layoutOf(pdf, table) : null;
  const start = layout ? headerAndFirstRow(pdf, table, layout) : null;
  if (!layout || !start) {
    if (table.caption) heading(pdf, table.caption, CAPTION_SIZE, 14);
    pdf.font(REGULAR).fontSize(9).fillColor(INK_COLOUR);
    tagged(pdf, 'P', () => pdf.text(table.emptyText ?? '—', MARGIN, pdf.y));
    pdf.moveDown(0.6);
    return;
  }
  grouped(pdf, 'Table', () => drawRows(pdf, table, layout, start));
  pdf.x = MARGIN;
  pdf.moveDown(0.8);
}

function drawRows(pdf: Pdf, table: TableBlock, layout: Layout, start: { header: number; first: number }): void {
  if (table.caption) heading(pdf, table.caption, CAPTION_SIZE, start.header + start.first, 'Caption');
  const header = table.columns.map((c) => c.label);
  ensureRoom(pdf, start.header + start.first);
  drawRow(pdf, header, layout, true, start.header);
  for (const values of table.rows) {
    const cells = rowCells(table, values);
    const height = rowHeight(pdf, cells, layout, false);
    if (pdf.y + height > bottomOf(pdf)) {
      pdf.addPage();
      drawRow(pdf, header, layout, true, start.header, true); // the header again on every page
    }
    drawRow(pdf, cells, layout, false, height);
  }
}
