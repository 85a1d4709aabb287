import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { ExportControl } from '../components/export-control.js';
import { Loading, useLoad } from '../components/load.js';
import { Pager, pageOf } from '../components/pager.js';
import { html } from '../html.js';
import { formatDate, formatMonth, formatPercent, label, t } from '../i18n.js';
import { href } from '../router.js';

/** @typedef {import('../components/form.js').ControlEvent} ControlEvent */

const PAGE_SIZE = 10;

/**
 * Forums with how far their recommendations have been carried out (donors: the forums they fund).
 * @param {import('../session.js').PageProps} props
 */
export function ForumsPage({ session }) {
  const state = useLoad(() => get('/follow-through/forums').then((r) => r.body), []);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const words = q.trim().toLocaleLowerCase();
  const forums = (state.data ?? [])
    .filter((/** @type {{ forumId: string, title: string }} */ f) => !words || f.title.toLocaleLowerCase().includes(words))
    .reverse();
  return html`<section>
    <h1 tabindex="-1">${t('forums.title')}</h1>
    ${session.principal.role === 'coordinator' && html`<p><a class="button primary" href=${href('/forums/new')}>${t('forums.record')}</a></p>`}
    <div class="field search">
      <label for="forum-search">${t('forums.search')}</label>
      <input id="forum-search" type="search" value=${q} onInput=${(/** @type {ControlEvent} */ e) => (setQ(e.currentTarget.value), setPage(1))} />
    </div>
    <${ExportControl} list="forums" query=${{ q: q.trim() }} id="export-forums" />
    <${Loading} state=${state} />
    ${
      state.data &&
      html`<ul class="cards">
        ${pageOf(forums, page, PAGE_SIZE).map(
          (f) => html`<li class="card" key=${f.forumId}><div>
            <a class="card-title" href=${href(`/forums/${f.forumId}`)}>${f.title}</a>
            <p class="meta">${label('forumKind', f.kind)} · ${f.datePrecision === 'month' ? formatMonth(f.startDate) : formatDate(f.startDate)}${f.region ? ` · ${f.region}` : ''}</p>
            <p class="meta">${t('forums.figures', { recommendations: f.recommendations, overdue: f.overdue, rate: formatPercent(f.implementationRate) })}</p>
          </div></li>`,
        )}
      </ul>
      ${forums.length === 0 && html`<p class="empty">${t('list.empty')}</p>`}
      <${Pager} page=${page} pageSize=${PAGE_SIZE} total=${forums.length} onPage=${setPage} />`
    }
  </section>`;
}
