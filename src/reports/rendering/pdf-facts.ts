import { Fact } from '../document/report-document';
import { cellText } from './cell-text';
import { BOLD, INK_COLOUR, MARGIN, Pdf, REGULAR, contentWidth, ensureRoom } from './pdf-page';
import { grouped, tagged } from './pdf-structure';

const SIZE = 9;

/** Label/value pairs in two columns, the label column as wide as its longest label allows. */
export function drawFacts(pdf: Pdf, facts: Fact[]): void {
  if (facts.length === 0) return;
  pdf.font(BOLD).fontSize(SIZE);
  const labelWidth = Math.min(contentWidth(pdf) * 0.45, Math.max(...facts.map((f) => pdf.widthOfString(f.label))) + 4);
  const valueWidth = contentWidth(pdf) - labelWidth - 12;
  grouped(pdf, 'Table', () => {
    for (const fact of facts) {
      const value = cellText(fact.value, fact.type);
      const labelHeight = pdf.font(BOLD).fontSize(SIZE).heightOfString(fact.label, { width: labelWidth });
      const height = Math.max(labelHeight, pdf.font(REGULAR).heightOfString(value, { width: valueWidth }));
      ensureRoom(pdf, height + 2);
      const y = pdf.y;
      grouped(pdf, 'TR', () => {
        tagged(pdf, 'TH', () => pdf.fillColor(INK_COLOUR).font(BOLD).text(fact.label, MARGIN, y, { width: labelWidth }));
        tagged(pdf, 'TD', () => pdf.font(REGULAR).text(value, MARGIN + labelWidth + 12, y, { width: valueWidth }));
      });
      pdf.x = MARGIN;
      pdf.y = y + height + 2;
    }
  });
  pdf.moveDown(0.6);
}
