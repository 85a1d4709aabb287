import { html } from '../html.js';
import { label, t } from '../i18n.js';

export const STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'];

/** @param {{ status: string }} props */
export function StatusBadge({ status }) {
  return html`<span class=${`status status-${status}`}>${label('status', status)}</span>`;
}

/** @param {{ days: number }} props */
export function OverdueBadge({ days }) {
  return days > 0 ? html`<span class="status status-overdue">${t('overdue.days', { days })}</span>` : null;
}
