import { get } from '../api.js';
import { Bars } from '../components/charts.js';
import { ExportControl } from '../components/export-control.js';
import { Loading, useLoad } from '../components/load.js';
import { RecommendationCards } from '../components/recommendation-cards.js';
import { RecommendationSection } from '../components/recommendation-section.js';
import { StatusBadge } from '../components/status.js';
import { html } from '../html.js';
import { formatMoment, t } from '../i18n.js';
import { href } from '../router.js';

const DAY = 86_400_000;

/** What the secretariat's dashboard shows at a glance, from the read models. */
async function loadDashboard(today = new Date()) {
  const soon = new Date(today.getTime() + 30 * DAY).toISOString().slice(0, 10);
  const count = (/** @type {Record<string, unknown>} */ filter) => get('/recommendations', { ...filter, page: 1, pageSize: 1 }).then((r) => r.body.total);
  const [scorecards, inHand, recent, overdue, toVerify, unassigned, disputed] = await Promise.all([
    get('/scorecards/organisations').then((r) => r.body),
    get('/recommendations', { status: 'assigned,accepted,in_progress', overdue: false, sort: 'dueDate', page: 1, pageSize: 100 }).then((r) => r.body.items),
    get('/recommendations', { sort: 'lastChangedAt', order: 'desc', page: 1, pageSize: 8 }).then((r) => r.body.items),
    count({ overdue: true }),
    count({ status: 'implemented' }),
    count({ status: 'proposed' }),
    count({ disputed: true }),
  ]);
  /** @type {{ organisationName: string, overdue: number }[]} */
  const rows = scorecards;
  /** @type {import('../components/recommendation-cards.js').RecommendationItem[]} */
  const open = inHand;
  return {
    figures: { overdue, toVerify, unassigned, disputed },
    overdueByOrganisation: rows
      .filter((s) => s.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue)
      .map((s) => ({ label: s.organisationName, value: s.overdue })),
    dueSoon: open.filter((item) => item.dueDate && item.dueDate <= soon),
    recent,
  };
}

/** @param {{ items: (import('../components/recommendation-cards.js').RecommendationItem & { lastChangedAt: string })[] }} props */
function RecentActivity({ items }) {
  if (items.length === 0) return html`<p class="empty">${t('list.empty')}</p>`;
  return html`<ol class="activity">
    ${items.map(
      (item) => html`<li key=${item.id}>
        <a href=${href(`/recommendations/${item.id}`)}>${item.text}</a>
        <span class="meta"><${StatusBadge} status=${item.status} /> · <time datetime=${item.lastChangedAt}>${formatMoment(item.lastChangedAt)}</time></span>
      </li>`,
    )}
  </ol>`;
}

/** A coordinator's home: a dashboard of what needs the secretariat, and the way to everything it manages. */
export function CoordinatorHome() {
  const state = useLoad(() => loadDashboard(), []);
  const data = state.data;
  return html`<section>
    <h1 tabindex="-1">${t('coordinator.title')}</h1>
    <p class="actions">
      <a class="button primary" href=${href('/forums/new')}>${t('forums.record')}</a>
      <a class="button" href=${href('/forums')}>${t('nav.forums')}</a>
      <a class="button" href=${href('/organisations')}>${t('nav.organisations')}</a>
      <a class="button" href=${href('/accounts')}>${t('nav.accounts')}</a>
      <a class="button" href=${href('/import')}>${t('nav.import')}</a>
      <a class="button" href=${href('/vocabularies')}>${t('nav.vocabularies')}</a>
    </p>
    <${Loading} state=${state} />
    ${
      data &&
      html`<dl class="figures">
        <div><dt>${t('commitments.overdue')}</dt><dd><a href=${href('/recommendations', { overdue: 'true', sort: 'dueDate' })}>${data.figures.overdue}</a></dd></div>
        <div><dt>${t('coordinator.dueSoon')}</dt><dd>${data.dueSoon.length}</dd></div>
        <div><dt>${t('coordinator.toVerify')}</dt><dd><a href=${href('/recommendations', { status: 'implemented' })}>${data.figures.toVerify}</a></dd></div>
        <div><dt>${t('coordinator.unassigned')}</dt><dd><a href=${href('/recommendations', { status: 'proposed' })}>${data.figures.unassigned}</a></dd></div>
        <div><dt>${t('coordinator.disputed')}</dt><dd>${data.figures.disputed}</dd></div>
      </dl>
      <div class="columns">
        <${Bars} title=${t('dashboard.overdueByOrganisation')} rows=${data.overdueByOrganisation} />
        <section class="panel" aria-labelledby="due-soon">
          <h2 id="due-soon">${t('coordinator.dueSoon')} <span class="count">(${data.dueSoon.length})</span></h2>
          <${RecommendationCards} items=${data.dueSoon.slice(0, 5)} empty=${t('coordinator.dueSoonEmpty')} />
        </section>
      </div>
      <div class="columns">
        <${ExportControl} list="scorecards" id="export-scorecards" title=${t('export.scorecards')} />
        <${ExportControl} list="overdue" id="export-overdue" title=${t('export.overdue')} />
      </div>`
    }
    <div class="columns">
      <${RecommendationSection} id="to-verify" title=${t('coordinator.toVerify')} filter=${{ status: 'implemented', sort: 'lastChangedAt' }} />
      <${RecommendationSection} id="unassigned" title=${t('coordinator.unassigned')} filter=${{ status: 'proposed', sort: 'proposedAt' }} />
      <${RecommendationSection} id="disputed" title=${t('coordinator.disputed')} filter=${{ disputed: true, sort: 'lastChangedAt', order: 'desc' }} />
      ${
        data &&
        html`<section class="panel" aria-labelledby="recent">
        <h2 id="recent">${t('coordinator.recent')}</h2>
        <${RecentActivity} items=${data.recent} />
      </section>`
      }
    </div>
  </section>`;
}
