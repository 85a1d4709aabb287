import { STATUS_COLOURS } from '../../kernel/status-colours';
import { RECOMMENDATION_STATUSES } from '../../recommendations/recommendation.events';
import { SafeHtml, html } from '../html';
import { PortalLanguage, textOf } from '../portal-texts';

const ROW = 28;
const LABEL = 170;
const BAR = 260;
/** The counts by status as horizontal bars, drawn on the server: a chart that needs no script. */
export function statusBars(byStatus: Record<string, number>, language: PortalLanguage): SafeHtml {
  const rows = RECOMMENDATION_STATUSES.map((status) => ({ status, count: byStatus[status] ?? 0 }));
  const most = Math.max(1, ...rows.map((row) => row.count));
  const title = textOf(language, 'portal.chart');
  const summary = rows.map((row) => `${textOf(language, `status.${row.status}`)}: ${row.count}`).join(', ');
  const bars = rows.map((row, index) => {
    const y = index * ROW;
    const width = Math.round((row.count / most) * BAR);
    return html`<text x="${LABEL - 8}" y="${y + 18}" text-anchor="end">${textOf(language, `status.${row.status}`)}</text>
<rect x="${LABEL}" y="${y + 5}" width="${width}" height="18" fill="${STATUS_COLOURS[row.status]}"></rect>
<text x="${LABEL + width + 6}" y="${y + 18}">${row.count}</text>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${LABEL + BAR + 40} ${rows.length * ROW}" width="${LABEL + BAR + 40}"
  role="img" aria-label="${`${title}: ${summary}`}" font-size="13" font-family="system-ui,sans-serif"><title>${title}</title>${bars}</svg>`;
}
