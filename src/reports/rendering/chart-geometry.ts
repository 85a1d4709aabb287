import { ChartBlock } from '../document/report-document';

/** A chart as shapes in a 640-wide box, drawn the same way by the SVG (HTML) and the PDF renderers. */
export interface ChartShapes {
  width: number;
  height: number;
  rects: { x: number; y: number; w: number; h: number; colour: string }[];
  lines: { points: [number, number][]; colour: string }[];
  texts: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; size: number }[];
  axes: { x1: number; y1: number; x2: number; y2: number }[];
}

/** Distinct in hue and in lightness, so series stay apart when printed in grey. */
export const PALETTE = ['#0b3c5d', '#d9822b', '#6b7b8c', '#2e8540', '#b1c5d8', '#8c2d19', '#f2c14e'];
const WIDTH = 640;
const FONT = 10;

export function chartShapes(chart: ChartBlock): ChartShapes {
  switch (chart.chart) {
    case 'bar':
      return barShapes(chart);
    case 'stacked-bar':
      return stackedBarShapes(chart);
    case 'line':
      return lineShapes(chart);
  }
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function empty(height: number): ChartShapes {
  return { width: WIDTH, height, rects: [], lines: [], texts: [], axes: [] };
}

function legend(shapes: ChartShapes, labels: string[], y: number): void {
  let x = 40;
  labels.forEach((label, i) => {
    shapes.rects.push({ x, y, w: 10, h: 10, colour: PALETTE[i % PALETTE.length] });
    shapes.texts.push({ x: x + 14, y: y + 9, text: label, anchor: 'start', size: FONT });
    x += 24 + label.length * 6;
  });
}

function barShapes(chart: ChartBlock): ChartShapes {
  const values = chart.series[0]?.values ?? [];
  const shapes = empty(220);
  const max = Math.max(1, ...values);
  const plot = { left: 40, bottom: 180, height: 150, width: WIDTH - 60 };
  const slot = plot.width / Math.max(values.length, 1);
  shapes.axes.push({ x1: plot.left, y1: plot.bottom, x2: plot.left + plot.width, y2: plot.bottom });
  values.forEach((value, i) => {
    const h = (value / max) * plot.height;
    const x = plot.left + i * slot + slot * 0.2;
    shapes.rects.push({ x, y: plot.bottom - h, w: slot * 0.6, h, colour: PALETTE[0] });
    shapes.texts.push({ x: x + slot * 0.3, y: plot.bottom - h - 4, text: String(value), anchor: 'middle', size: FONT });
    shapes.texts.push({ x: x + slot * 0.3, y: plot.bottom + 14, text: truncate(chart.categories[i] ?? '', 24), anchor: 'middle', size: FONT });
  });
  return shapes;
}

function stackedBarShapes(chart: ChartBlock): ChartShapes {
  const rowHeight = 22;
  const shapes = empty(chart.categories.length * rowHeight + 50);
  const plot = { left: 200, width: WIDTH - 220 };
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  chart.categories.forEach((category, i) => {
    const y = i * rowHeight + 6;
    shapes.texts.push({ x: plot.left - 6, y: y + 13, text: truncate(category, 34), anchor: 'end', size: FONT });
    let x = plot.left;
    chart.series.forEach((series, s) => {
      const w = ((series.values[i] ?? 0) / max) * plot.width;
      if (w > 0) shapes.rects.push({ x, y, w, h: rowHeight - 6, colour: PALETTE[s % PALETTE.length] });
      x += w;
    });
    shapes.texts.push({ x: x + 4, y: y + 13, text: String(totals[i]), anchor: 'start', size: FONT });
  });
  shapes.axes.push({ x1: plot.left, y1: 2, x2: plot.left, y2: chart.categories.length * rowHeight + 4 });
  legend(shapes, chart.series.map((s) => s.label), chart.categories.length * rowHeight + 20);
  return shapes;
}

function lineShapes(chart: ChartBlock): ChartShapes {
  const shapes = empty(240);
  const plot = { left: 40, bottom: 180, height: 150, width: WIDTH - 70 };
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const step = plot.width / Math.max(chart.categories.length - 1, 1);
  shapes.axes.push({ x1: plot.left, y1: plot.bottom, x2: plot.left + plot.width, y2: plot.bottom }, { x1: plot.left, y1: plot.bottom, x2: plot.left, y2: plot.bottom - plot.height });
  shapes.texts.push({ x: plot.left - 4, y: plot.bottom - plot.height + 4, text: String(max), anchor: 'end', size: FONT });
  chart.categories.forEach((category, i) => shapes.texts.push({ x: plot.left + i * step, y: plot.bottom + 14, text: category, anchor: 'middle', size: FONT - 1 }));
  chart.series.forEach((series, s) => {
    const points = series.values.map((v, i): [number, number] => [plot.left + i * step, plot.bottom - (v / max) * plot.height]);
    shapes.lines.push({ points, colour: PALETTE[s % PALETTE.length] });
    for (const [x, y] of points) shapes.rects.push({ x: x - 2.5, y: y - 2.5, w: 5, h: 5, colour: PALETTE[s % PALETTE.length] });
  });
  legend(shapes, chart.series.map((s) => s.label), 215);
  return shapes;
}
