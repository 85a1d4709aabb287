import PDFDocument from 'pdfkit';
import { join } from 'node:path';
import { ChartBlock, Fact, ReportBlock, ReportDocument, TableBlock } from '../document/report-document';
import { cellText, isNumeric } from './cell-text';
import { chartShapes } from './chart-geometry';

type Pdf = PDFKit.PDFDocument;

const FONTS = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
const REGULAR = join(FONTS, 'DejaVuSans.ttf');
const BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');
const MARGIN = 40;
const CELL_PADDING = 3;
const TABLE_FONT = 7.5;

const bottomOf = (pdf: Pdf) => pdf.page.height - MARGIN - 14;
const contentWidth = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottomOf(pdf)) pdf.addPage();
}

function facts(pdf: Pdf, list: Fact[]): void {
  for (const fact of list) {
    const value = cellText(fact.value, fact.type);
    const height = pdf.font(REGULAR).fontSize(9).heightOfString(value, { width: contentWidth(pdf) - 180 });
    ensureRoom(pdf, height + 2);
    const y = pdf.y;
    pdf.font(BOLD).fontSize(9).text(fact.label, MARGIN, y, { width: 170 });
    pdf.font(REGULAR).fontSize(9).text(value, MARGIN + 180, y, { width: contentWidth(pdf) - 180 });
    pdf.y = Math.max(pdf.y, y + height) + 2;
  }
  pdf.moveDown(0.5);
}

function columnWidths(pdf: Pdf, table: TableBlock): number[] {
  pdf.font(REGULAR).fontSize(TABLE_FONT);
  const wanted = table.columns.map((c, i) => {
    const sample = [c.label, ...table.rows.slice(0, 100).map((r) => cellText(r[i], c.type))];
    return Math.min(220, Math.max(30, ...sample.map((t) => pdf.widthOfString(t) + 2 * CELL_PADDING)));
  });
  const total = wanted.reduce((a, b) => a + b, 0);
  const scale = Math.min(1, contentWidth(pdf) / total);
  return wanted.map((w) => w * scale);
}

function row(pdf: Pdf, cells: string[], widths: number[], numeric: boolean[], bold: boolean): void {
  pdf.font(bold ? BOLD : REGULAR).fontSize(TABLE_FONT);
  const heights = cells.map((text, i) => pdf.heightOfString(text, { width: widths[i] - 2 * CELL_PADDING }));
  const height = Math.max(...heights) + 2 * CELL_PADDING;
  const y = pdf.y;
  let x = MARGIN;
  cells.forEach((text, i) => {
    if (bold) pdf.rect(x, y, widths[i], height).fillAndStroke('#e4ebf1', '#b8c2cc').fillColor('#1a1a1a');
    else pdf.rect(x, y, widths[i], height).strokeColor('#b8c2cc').stroke();
    pdf.text(text, x + CELL_PADDING, y + CELL_PADDING, { width: widths[i] - 2 * CELL_PADDING, align: numeric[i] ? 'right' : 'left' });
    x += widths[i];
  });
  pdf.y = y + height;
}

function table(pdf: Pdf, block: TableBlock): void {
  if (block.caption) heading(pdf, block.caption, 10);
  if (block.rows.length === 0) {
    pdf.font(REGULAR).fontSize(9).text(block.emptyText ?? '—', MARGIN).moveDown(0.5);
    return;
  }
  const widths = columnWidths(pdf, block);
  const numeric = block.columns.map((c) => isNumeric(c.type));
  const header = block.columns.map((c) => c.label);
  ensureRoom(pdf, 40);
  row(pdf, header, widths, numeric, true);
  for (const values of block.rows) {
    const cells = values.map((v, i) => cellText(v, block.columns[i].type));
    pdf.font(REGULAR).fontSize(TABLE_FONT);
    const height = Math.max(...cells.map((t, i) => pdf.heightOfString(t, { width: widths[i] - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
    if (pdf.y + height > bottomOf(pdf)) {
      pdf.addPage();
      row(pdf, header, widths, numeric, true); // the header again on every page
    }
    row(pdf, cells, widths, numeric, false);
  }
  pdf.x = MARGIN;
  pdf.moveDown(0.8);
}

function chart(pdf: Pdf, block: ChartBlock): void {
  const shapes = chartShapes(block);
  const scale = contentWidth(pdf) / shapes.width;
  ensureRoom(pdf, shapes.height * scale + 20);
  const top = pdf.y;
  const at = (x: number, y: number): [number, number] => [MARGIN + x * scale, top + y * scale];
  for (const a of shapes.axes) pdf.moveTo(...at(a.x1, a.y1)).lineTo(...at(a.x2, a.y2)).lineWidth(0.7).strokeColor('#333333').stroke();
  for (const l of shapes.lines) {
    const [first, ...rest] = l.points;
    pdf.moveTo(...at(...first));
    for (const p of rest) pdf.lineTo(...at(...p));
    pdf.lineWidth(1.5).strokeColor(l.colour).stroke();
  }
  for (const r of shapes.rects) pdf.rect(...at(r.x, r.y), r.w * scale, r.h * scale).fill(r.colour);
  pdf.fillColor('#1a1a1a').font(REGULAR);
  for (const t of shapes.texts) {
    const [x, y] = at(t.x, t.y);
    const size = t.size * scale;
    const width = pdf.fontSize(size).widthOfString(t.text);
    const left = t.anchor === 'middle' ? x - width / 2 : t.anchor === 'end' ? x - width : x;
    pdf.text(t.text, left, y - size, { lineBreak: false });
  }
  pdf.y = top + shapes.height * scale;
  pdf.x = MARGIN;
  pdf.font(REGULAR).fontSize(8).fillColor('#333333').text(block.title, MARGIN).fillColor('#1a1a1a').moveDown(0.8);
}

function heading(pdf: Pdf, text: string, size: number): void {
  ensureRoom(pdf, size * 3);
  pdf.font(BOLD).fontSize(size).fillColor('#0b3c5d').text(text, MARGIN).fillColor('#1a1a1a').moveDown(0.3);
}

function block(pdf: Pdf, item: ReportBlock): void {
  if (item.kind === 'facts') facts(pdf, item.facts);
  if (item.kind === 'table') table(pdf, item);
  if (item.kind === 'chart') chart(pdf, item);
  if (item.kind === 'paragraphs') {
    if (item.heading) heading(pdf, item.heading, 10);
    for (const text of item.items) pdf.font(REGULAR).fontSize(9).text(`• ${text}`, MARGIN, undefined, { width: contentWidth(pdf) }).moveDown(0.2);
    pdf.moveDown(0.5);
  }
}

function numberPages(pdf: Pdf): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf.font(REGULAR).fontSize(8).fillColor('#555555');
    pdf.text(`${i + 1} / ${range.count}`, MARGIN, pdf.page.height - MARGIN, { width: contentWidth(pdf), align: 'right', lineBreak: false });
  }
}

/** The report as an A4 PDF made in-process with pdfkit; DejaVu fonts carry Cyrillic and Tajik letters. */
export function renderPdf(document: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: document.title, Creator: 'Follow-through' }, lang: document.language });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font(BOLD).fontSize(18).fillColor('#1a1a1a').text(document.title);
  if (document.subtitle) pdf.font(REGULAR).fontSize(11).text(document.subtitle).moveDown(0.5);
  facts(pdf, [...document.parameters, ...(document.renderedAt ? [{ label: document.renderedAtLabel ?? 'Generated at', value: `${document.renderedAt.slice(0, 19).replace('T', ' ')} UTC` }] : [])]);
  for (const section of document.sections) {
    heading(pdf, section.title, 14);
    for (const item of section.blocks) block(pdf, item);
  }
  numberPages(pdf);
  pdf.end();
  return done;
}
