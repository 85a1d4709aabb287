import { html } from '../html.js';
import { formatDate, t } from '../i18n.js';
import { href } from '../router.js';
import { OverdueBadge, StatusBadge } from './status.js';
import { termLabels, useVocabularies } from './terms.js';

/**
 * @typedef {{ id: string, text: string, status: string, daysOverdue: number, responsibleOrganisationName?: string | null,
 *   dueDate?: string | null, percentComplete?: number | null, forumTitle?: string, themes?: string[] }} RecommendationItem an item of GET /recommendations
 */

/**
 * Recommendations as cards (they read well on a phone): text, forum (not on the forum's own page), who is responsible, due date.
 * @param {{ items: RecommendationItem[], empty?: string, select?: { selected: Set<string>, toggle: (id: string) => void }, showForum?: boolean }} props
 */
export function RecommendationCards({ items, empty, select, showForum = true }) {
  const vocabularies = useVocabularies();
  if (items.length === 0) return html`<p class="empty">${empty ?? t('list.empty')}</p>`;
  return html`<ul class="cards">
    ${items.map(
      (item) => html`<li class="card" key=${item.id}>
        ${
          select &&
          html`<input type="checkbox" class="select" id=${`select-${item.id}`} checked=${select.selected.has(item.id)}
          onChange=${() => select.toggle(item.id)} aria-label=${t('forum.select', { text: item.text.slice(0, 60) })} />`
        }
        <div>
          <a class="card-title" href=${href(`/recommendations/${item.id}`)}>${item.text}</a>
          <p class="meta">
            <${StatusBadge} status=${item.status} /> <${OverdueBadge} days=${item.daysOverdue} />
            ${item.responsibleOrganisationName && html` <span>${item.responsibleOrganisationName}</span>`}
            ${item.dueDate && html` · <span>${t('field.dueDate')}: ${formatDate(item.dueDate)}</span>`}
            ${item.percentComplete !== null && item.percentComplete !== undefined && html` · <span>${item.percentComplete}%</span>`}
          </p>
          ${item.themes?.length ? html`<p class="meta tags">${termLabels(vocabularies, 'themes', item.themes)}</p>` : null}
          ${showForum && html`<p class="meta">${item.forumTitle}</p>`}
        </div>
      </li>`,
    )}
  </ul>`;
}
