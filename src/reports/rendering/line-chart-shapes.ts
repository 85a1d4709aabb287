import { ChartBlock } from '../document/report-document';
import { CHART_FONT, CHART_WIDTH, ChartShapes, DASHES, MARK_SHAPES, addLegend, addValueAxis, colourOf, emptyShapes, truncate } from './chart-geometry';

/** One polyline per series, a distinct mark and dash for each, categories along the x axis. */
export function lineChartShapes(chart: ChartBlock): ChartShapes {
  const shapes = emptyShapes(0);
  const plot = { left: 48, top: 16, width: CHART_WIDTH - 88, height: 170 };
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values).filter(Number.isFinite));
  const yOf = addValueAxis(shapes, plot, max);
  const step = plot.width / Math.max(chart.categories.length - 1, 1);
  const xOf = (i: number) => plot.left + (chart.categories.length > 1 ? i * step : plot.width / 2);
  // Dates are never cut short: when they do not all fit, every k-th is written whole (and always the last).
  const size = CHART_FONT - 1;
  const widest = Math.max(0, ...chart.categories.map((c) => c.length * size * 0.58)) + 6;
  const every = Math.max(1, Math.ceil(widest / step));
  chart.categories.forEach((category, i) => {
    const last = i === chart.categories.length - 1;
    if (i % every !== 0 && !last) return;
    if (!last && chart.categories.length - 1 - i < every && i !== 0) return;
    shapes.texts.push({ x: xOf(i), y: plot.top + plot.height + 15, text: truncate(category, Math.max(step, widest)), anchor: 'middle', size });
  });
  chart.series.forEach((series, s) => {
    const points = series.values.flatMap((v, i): [number, number][] => (Number.isFinite(v) && i < chart.categories.length ? [[xOf(i), yOf(v)]] : []));
    shapes.lines.push({ points, colour: colourOf(s, chart.series[s].status), dash: DASHES[s % DASHES.length], status: series.status });
    for (const [x, y] of points)
      shapes.marks.push({ x, y, shape: MARK_SHAPES[s % MARK_SHAPES.length], colour: colourOf(s, chart.series[s].status), status: series.status });
  });
  shapes.height =
    addLegend(
      shapes,
      chart.series.map((s) => s.label),
      plot.top + plot.height + 30,
      true,
      chart.series.map((s) => s.status),
    ) + 4;
  return shapes;
}
