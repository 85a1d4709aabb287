import { ChartBlock } from '../document/report-document';
import { CHART_FONT, CHART_WIDTH, ChartShapes, addLegend, addValueAxis, colourOf, emptyShapes, truncate, valueLabel } from './chart-geometry';

/** Vertical bars, grouped when there are several series, each with its value above it. */
export function barChartShapes(chart: ChartBlock): ChartShapes {
  const several = chart.series.length > 1;
  const shapes = emptyShapes(several ? 240 : 212);
  const plot = { left: 48, top: 16, width: CHART_WIDTH - 68, height: 170 };
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values).filter(Number.isFinite));
  const yOf = addValueAxis(shapes, plot, max);
  const slot = plot.width / Math.max(chart.categories.length, 1);
  const barWidth = (slot * 0.7) / Math.max(chart.series.length, 1);
  chart.categories.forEach((category, i) => {
    const left = plot.left + i * slot + slot * 0.15;
    chart.series.forEach((series, s) => {
      const value = Number.isFinite(series.values[i]) ? series.values[i] : 0;
      const x = left + s * barWidth;
      const y = yOf(value);
      shapes.rects.push({
        x,
        y,
        w: barWidth,
        h: plot.top + plot.height - y,
        fill: colourOf(s, chart.series[s].status),
        role: 'bar',
        status: chart.series[s].status,
      });
      shapes.texts.push({ x: x + barWidth / 2, y: y - 4, text: valueLabel(value), anchor: 'middle', size: CHART_FONT });
    });
    shapes.texts.push({ x: left + slot * 0.35, y: plot.top + plot.height + 15, text: truncate(category, slot - 4), anchor: 'middle', size: CHART_FONT });
  });
  if (several)
    addLegend(
      shapes,
      chart.series.map((s) => s.label),
      plot.top + plot.height + 30,
      false,
      chart.series.map((s) => s.status),
    );
  return shapes;
}
