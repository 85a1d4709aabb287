import { join } from 'node:path';
import { artifact, tagged } from './pdf-structure';

export type Pdf = PDFKit.PDFDocument;

const FONTS = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');
/** DejaVu Sans has every Cyrillic letter Russian and Tajik need (ҳ қ ӣ ӯ ҷ ғ). */
export const REGULAR = join(FONTS, 'DejaVuSans.ttf');
export const BOLD = join(FONTS, 'DejaVuSans-Bold.ttf');
export const MARGIN = 40;
export const FOOTER_ROOM = 16;
export const INK_COLOUR = '#1a1a1a';
export const ACCENT = '#0b3c5d';
export const RULE_COLOUR = '#b8c2cc';
export const HEADER_FILL = '#e4ebf1';

export const bottomOf = (pdf: Pdf) => pdf.page.height - MARGIN - FOOTER_ROOM;
export const contentWidth = (pdf: Pdf) => pdf.page.width - 2 * MARGIN;
export const atTopOfPage = (pdf: Pdf) => pdf.y <= MARGIN + 1;

export function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottomOf(pdf) && !atTopOfPage(pdf)) pdf.addPage();
}

export const headingHeight = (pdf: Pdf, text: string, size: number) =>
  pdf
    .font(BOLD)
    .fontSize(size)
    .heightOfString(text, { width: contentWidth(pdf) }) +
  size * 0.4;

/** A heading never stands alone at a page's bottom: it moves on with `keep`, the height of the start of what follows. */
export function heading(pdf: Pdf, text: string, size: number, keep = 40, role = size >= 14 ? 'H2' : 'H3'): void {
  ensureRoom(pdf, headingHeight(pdf, text, size) + keep);
  pdf.font(BOLD).fontSize(size).fillColor(ACCENT);
  tagged(pdf, role, () => pdf.text(text, MARGIN, pdf.y, { width: contentWidth(pdf) }));
  pdf.fillColor(INK_COLOUR).moveDown(0.3);
}

/** "n / N" on every page; written last, when N is known (the pages are buffered). */
export function numberPages(pdf: Pdf): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    pdf.page.margins.bottom = 0; // writing inside the margin must not start a new page
    pdf.font(REGULAR).fontSize(8).fillColor('#444444');
    const number = `${i + 1} / ${range.count}`;
    artifact(pdf, () => pdf.text(number, MARGIN, pdf.page.height - MARGIN, { width: contentWidth(pdf), align: 'right', lineBreak: false }), 'Pagination');
  }
}
