import { api } from '../api.js';
import { Loading, useLoad } from '../components/load.js';
import { html } from '../html.js';
import { formatDate, label, t } from '../i18n.js';
import { href } from '../router.js';

/**
 * @typedef {{ id: string, text: string, status: string, proposedAt: string, forumId: string, forumTitle: string,
 *   forumStartDate: string | null, donors: { id: string, name: string }[] }} Member
 * @typedef {{ firstMadeAt: string, timesMade: number, forums: number, stillNotImplemented: boolean, members: Member[] }} Cluster
 */

/** @param {{ cluster: Cluster }} props */
function ClusterCard({ cluster }) {
  const year = cluster.firstMadeAt.slice(0, 4);
  const summary = cluster.stillNotImplemented
    ? t('recurrence.madeStillNot', { times: cluster.timesMade, year })
    : t('recurrence.made', { times: cluster.timesMade, year });
  return html`<article class="panel">
    <h2>${summary}</h2>
    <ol>
      ${cluster.members.map(
        (m) => html`<li>
          <a href=${href(`/recommendations/${m.id}`)}>${m.text}</a>
          <div class="muted">
            <a href=${href(`/forums/${m.forumId}`)}>${m.forumTitle}</a>, ${formatDate(m.forumStartDate ?? m.proposedAt.slice(0, 10))}
            ${m.donors.length > 0 && html` — ${t('recurrence.donors')}: ${m.donors.map((d) => d.name).join(', ')}`} — ${label('status', m.status)}
          </div>
        </li>`,
      )}
    </ol>
  </article>`;
}

/** Recommendations made at forum after forum: each cluster of linked repeats, the earliest first. */
export function RecurrencePage() {
  const state = useLoad(() => api('GET', '/recurrence/clusters').then((r) => /** @type {Cluster[]} */ (r.body)), []);
  return html`<section>
    <h1 tabindex="-1">${t('recurrence.title')}</h1>
    <p>${t('recurrence.intro')}</p>
    <${Loading} state=${state} />
    ${state.data && (state.data.length ? state.data.map((cluster) => html`<${ClusterCard} cluster=${cluster} />`) : html`<p>${t('recurrence.none')}</p>`)}
  </section>`;
}
