import { ChartBlock } from '../document/report-document';
import { CHART_FONT, CHART_WIDTH, ChartShapes, addLegend, colourOf, emptyShapes, truncate, valueLabel } from './chart-geometry';

const ROW = 24;
const BAR = 16;
const LABELS = 190;

/** One horizontal bar per category, its series stacked left to right, the total after it, a legend below. */
export function stackedBarChartShapes(chart: ChartBlock): ChartShapes {
  const plot = { left: LABELS + 10, top: 6, width: CHART_WIDTH - LABELS - 60 };
  const shapes = emptyShapes(0);
  const value = (s: number, i: number) => Math.max(0, Number.isFinite(chart.series[s].values[i]) ? chart.series[s].values[i] : 0);
  const totals = chart.categories.map((_, i) => chart.series.reduce((sum, _s, s) => sum + value(s, i), 0));
  const max = Math.max(1, ...totals);
  chart.categories.forEach((category, i) => {
    const y = plot.top + i * ROW;
    shapes.texts.push({ x: plot.left - 6, y: y + 12, text: truncate(category, LABELS), anchor: 'end', size: CHART_FONT });
    let x = plot.left;
    chart.series.forEach((_series, s) => {
      const w = (value(s, i) / max) * plot.width;
      if (w > 0) shapes.rects.push({ x, y, w, h: BAR, fill: colourOf(s, chart.series[s].status), role: 'bar', status: chart.series[s].status });
      x += w;
    });
    shapes.texts.push({ x: x + 4, y: y + 12, text: valueLabel(totals[i]), anchor: 'start', size: CHART_FONT });
  });
  const bottom = plot.top + chart.categories.length * ROW;
  shapes.rules.push({ x1: plot.left, y1: plot.top - 3, x2: plot.left, y2: bottom - ROW + BAR + 3, grid: false });
  shapes.height =
    addLegend(
      shapes,
      chart.series.map((s) => s.label),
      bottom + 8,
      false,
      chart.series.map((s) => s.status),
    ) + 4;
  return shapes;
}
