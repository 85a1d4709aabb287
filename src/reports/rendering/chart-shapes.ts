import { ChartBlock } from '../document/report-document';
import { barChartShapes } from './bar-chart-shapes';
import { ChartShapes } from './chart-geometry';
import { lineChartShapes } from './line-chart-shapes';
import { stackedBarChartShapes } from './stacked-bar-chart-shapes';

export function chartShapes(chart: ChartBlock): ChartShapes {
  switch (chart.chart) {
    case 'bar':
      return barChartShapes(chart);
    case 'stacked-bar':
      return stackedBarChartShapes(chart);
    case 'line':
      return lineChartShapes(chart);
  }
}
