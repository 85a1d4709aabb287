import { STATUS_COLOURS } from '../../kernel/status-colours';
import { ChartBlock } from '../document/report-document';

/**
 * A chart as shapes in a box CHART_WIDTH wide, y growing downwards; the SVG (HTML) and the PDF
 * renderers draw the same shapes (made by chartShapes in chart-shapes.ts), so the two formats cannot disagree.
 */
export interface ChartShapes {
  width: number;
  height: number;
  /** `bar` marks a data bar (one per value), `key` a legend swatch. */
  /** `status`: the status whose colour the shape is drawn in, when it stands for one. */
  rects: { x: number; y: number; w: number; h: number; fill: string; role: 'bar' | 'key'; status?: string }[];
  lines: { points: [number, number][]; colour: string; dash: number[]; status?: string }[];
  marks: { x: number; y: number; shape: MarkShape; colour: string; status?: string }[];
  texts: { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end'; size: number }[];
  /** Axes (solid, dark) and grid lines (light). */
  rules: { x1: number; y1: number; x2: number; y2: number; grid: boolean }[];
}

export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle';

export const CHART_WIDTH = 640;
export const CHART_FONT = 10;
export const INK = '#1a1a1a';
export const GRID = '#d5dbe1';
/** Far apart in lightness (and in hue), so series stay distinct when printed in grey. */
export const PALETTE = ['#0b3c5d', '#e08f2f', '#b9d4ea', '#2e8540', '#7a2e8c', '#f2c94c', '#5f6b77'];
export const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3]];
export const MARK_SHAPES: MarkShape[] = ['circle', 'square', 'diamond', 'triangle'];

export { STATUS_COLOURS };

/** A status series in its status's colour wherever it stands; any other by its place. */
export const colourOf = (series: number, status?: string) => (status && STATUS_COLOURS[status]) || PALETTE[series % PALETTE.length];

/** The corners of a mark's outline around (x, y); circles are drawn as circles instead. */
export function markOutline(shape: MarkShape, x: number, y: number, r = 3.5): [number, number][] {
  switch (shape) {
    case 'square':
    case 'circle':
      return [
        [x - r, y - r],
        [x + r, y - r],
        [x + r, y + r],
        [x - r, y + r],
      ];
    case 'diamond':
      return [
        [x, y - r - 1],
        [x + r + 1, y],
        [x, y + r + 1],
        [x - r - 1, y],
      ];
    case 'triangle':
      return [
        [x, y - r - 1],
        [x + r + 1, y + r],
        [x - r - 1, y + r],
      ];
  }
}

export function emptyShapes(height: number): ChartShapes {
  return { width: CHART_WIDTH, height, rects: [], lines: [], marks: [], texts: [], rules: [] };
}

/** Roughly how wide a text is in the chart's sans-serif font; enough to lay out labels. */
export const textWidth = (text: string, size = CHART_FONT) => text.length * size * 0.58;

export function truncate(text: string, width: number, size = CHART_FONT): string {
  const max = Math.max(3, Math.floor(width / (size * 0.58)));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const valueLabel = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Round steps (1, 2 or 5 times a power of ten) from zero to at least `max`. */
export function axisTicks(max: number, wanted = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / wanted;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks = [0];
  while (ticks[ticks.length - 1] < max - 1e-9) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}

/** Swatches (or line samples) and labels in rows under the plot. */
export function addLegend(shapes: ChartShapes, labels: string[], top: number, asLines = false, statuses: (string | undefined)[] = []): number {
  let x = 40;
  let y = top;
  labels.forEach((label, i) => {
    const text = truncate(label, 200);
    const width = 34 + textWidth(text);
    if (x + width > CHART_WIDTH - 10 && x > 40) [x, y] = [40, y + 16];
    if (asLines) {
      shapes.lines.push({
        points: [
          [x, y + 5],
          [x + 18, y + 5],
        ],
        colour: colourOf(i, statuses[i]),
        dash: DASHES[i % DASHES.length],
        status: statuses[i],
      });
      shapes.marks.push({ x: x + 9, y: y + 5, shape: MARK_SHAPES[i % MARK_SHAPES.length], colour: colourOf(i, statuses[i]), status: statuses[i] });
    } else shapes.rects.push({ x, y, w: 18, h: 10, fill: colourOf(i, statuses[i]), role: 'key', status: statuses[i] });
    shapes.texts.push({ x: x + 22, y: y + 9, text, anchor: 'start', size: CHART_FONT });
    x += width;
  });
  return y + 16;
}

/** A value axis on the left with light grid lines; returns how to turn a value into a y. */
export function addValueAxis(shapes: ChartShapes, plot: { left: number; top: number; width: number; height: number }, max: number): (value: number) => number {
  const ticks = axisTicks(max);
  const top = ticks[ticks.length - 1];
  const yOf = (value: number) => plot.top + plot.height - (Math.max(0, value) / top) * plot.height;
  for (const tick of ticks) {
    const y = yOf(tick);
    if (tick > 0) shapes.rules.push({ x1: plot.left, y1: y, x2: plot.left + plot.width, y2: y, grid: true });
    shapes.texts.push({ x: plot.left - 5, y: y + 3.5, text: valueLabel(tick), anchor: 'end', size: CHART_FONT - 1 });
  }
  const bottom = plot.top + plot.height;
  shapes.rules.push(
    { x1: plot.left, y1: plot.top, x2: plot.left, y2: bottom, grid: false },
    { x1: plot.left, y1: bottom, x2: plot.left + plot.width, y2: bottom, grid: false },
  );
  return yOf;
}

const seriesText = (chart: ChartBlock, i: number) =>
  chart.series.map((s) => `${chart.series.length > 1 ? `${s.label} ` : ''}${valueLabel(s.values[i] ?? 0)}`).join(', ');

/** The chart's data in words, for screen readers (aria-label) and the PDF's alternative text. */
export function chartDescription(chart: ChartBlock): string {
  return `${chart.title}: ${chart.categories.map((c, i) => `${c}: ${seriesText(chart, i)}`).join('; ')}`;
}
