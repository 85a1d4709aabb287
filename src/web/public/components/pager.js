import { html } from '../html.js';
import { t } from '../i18n.js';

/**
 * Previous and next page, and where we are: "21–40 of 57".
 * @param {{ page: number, pageSize: number, total: number, onPage: (page: number) => void, label?: string }} props
 */
export function Pager({ page, pageSize, total, onPage, label }) {
  if (total === 0) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return html`<nav class="pager" aria-label=${label ?? t('pager.label')}>
    <button type="button" disabled=${page <= 1} onClick=${() => onPage(page - 1)}>${t('pager.previous')}</button>
    <span aria-live="polite">${t('pager.range', { first, last, total })}</span>
    <button type="button" disabled=${page >= pages} onClick=${() => onPage(page + 1)}>${t('pager.next')}</button>
  </nav>`;
}

/** One page of a list that the API gives whole. @template T @param {T[]} items @param {number} page @param {number} pageSize */
export function pageOf(items, page, pageSize) {
  return items.slice((page - 1) * pageSize, page * pageSize);
}
