import { ChartBlock } from '../document/report-document';
import { CHART_WIDTH, ChartShapes, GRID, INK, markOutline } from './chart-geometry';
import { chartShapes } from './chart-shapes';
import { MARGIN, Pdf, REGULAR, contentWidth, ensureRoom } from './pdf-page';

type Place = (x: number, y: number) => [number, number];

function drawRules(pdf: Pdf, shapes: ChartShapes, at: Place): void {
  for (const r of shapes.rules)
    pdf
      .moveTo(...at(r.x1, r.y1))
      .lineTo(...at(r.x2, r.y2))
      .lineWidth(r.grid ? 0.5 : 0.8)
      .strokeColor(r.grid ? GRID : INK)
      .stroke();
}

function drawLines(pdf: Pdf, shapes: ChartShapes, at: Place): void {
  for (const line of shapes.lines.filter((l) => l.points.length > 1)) {
    const [first, ...rest] = line.points;
    pdf.moveTo(...at(...first));
    for (const point of rest) pdf.lineTo(...at(...point));
    // pdfkit takes a dash array at run time; its type declarations only know a single length
    if (line.dash.length) pdf.dash(line.dash as unknown as number, {});
    pdf.lineWidth(1.6).strokeColor(line.colour).stroke().undash();
  }
}

function drawMarks(pdf: Pdf, shapes: ChartShapes, at: Place, scale: number): void {
  for (const m of shapes.marks) {
    if (m.shape === 'circle') pdf.circle(...at(m.x, m.y), 3.5 * scale);
    else pdf.polygon(...markOutline(m.shape, m.x, m.y).map(([x, y]) => at(x, y)));
    pdf.lineWidth(0.8).fillAndStroke(m.colour, '#ffffff');
  }
}

function drawTexts(pdf: Pdf, shapes: ChartShapes, at: Place, scale: number): void {
  pdf.font(REGULAR).fillColor(INK);
  for (const t of shapes.texts) {
    const [x, y] = at(t.x, t.y);
    const size = t.size * scale;
    const width = pdf.fontSize(size).widthOfString(t.text);
    const left = t.anchor === 'middle' ? x - width / 2 : t.anchor === 'end' ? x - width : x;
    pdf.text(t.text, left, y - size * 0.95, { lineBreak: false });
  }
}

/** A chart is never split: it needs its whole height and its title below it. */
export const chartHeight = (pdf: Pdf, chart: ChartBlock) => (chartShapes(chart).height * contentWidth(pdf)) / CHART_WIDTH + 24;

/** The same shapes as the HTML page's SVG, scaled to the page's width and drawn as vectors. */
export function drawChart(pdf: Pdf, chart: ChartBlock): void {
  const shapes = chartShapes(chart);
  const scale = contentWidth(pdf) / shapes.width;
  ensureRoom(pdf, chartHeight(pdf, chart));
  const top = pdf.y;
  const at: Place = (x, y) => [MARGIN + x * scale, top + y * scale];
  drawRules(pdf, shapes, at);
  for (const r of shapes.rects)
    pdf
      .rect(...at(r.x, r.y), r.w * scale, r.h * scale)
      .lineWidth(0.4)
      .fillAndStroke(r.fill, INK);
  drawLines(pdf, shapes, at);
  drawMarks(pdf, shapes, at, scale);
  drawTexts(pdf, shapes, at, scale);
  pdf.x = MARGIN;
  pdf.y = top + shapes.height * scale + 4;
  pdf
    .font(REGULAR)
    .fontSize(8)
    .fillColor('#333333')
    .text(chart.title, MARGIN, pdf.y, { width: contentWidth(pdf) })
    .fillColor(INK)
    .moveDown(0.8);
}
