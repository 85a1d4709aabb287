import { get } from '../api.js';
import { Bars, LineChart, StackedBars } from '../components/charts.js';
import { ExportControl } from '../components/export-control.js';
import { Loading, useLoad } from '../components/load.js';
import { RecommendationSection } from '../components/recommendation-section.js';
import { STATUSES } from '../components/status.js';
import { html } from '../html.js';
import { formatPercent, t } from '../i18n.js';
import { href } from '../router.js';
import { DonorReport } from './reports.js';

/** @typedef {{ label: string | null, asOf: string }} QuarterEnd */
/** @typedef {{ effectiveAt: string, revision: number, to: string }} StatusStep an entry of GET /recommendations/:id/status-history */

/** The ends of the last eight quarters, the last one today: the points of "implementation over time". */
function quarterEnds(today = new Date()) {
  /** @type {QuarterEnd[]} */
  const ends = [];
  let year = today.getUTCFullYear();
  let quarter = Math.floor(today.getUTCMonth() / 3);
  for (let i = 0; i < 7; i++) {
    quarter -= 1;
    if (quarter < 0) {
      quarter = 3;
      year -= 1;
    }
    const end = new Date(Date.UTC(year, quarter * 3 + 3, 0));
    ends.unshift({ label: `${year} Q${quarter + 1}`, asOf: end.toISOString().slice(0, 10) });
  }
  // Labelled when drawn: the language may change after loading.
  ends.push({ label: null, asOf: today.toISOString().slice(0, 10) });
  return ends;
}

/** @type {Set<string | null>} */
const DONE = new Set(['implemented', 'verified']);

/**
 * The status a recommendation had at the end of a day by when things happened (history entered late included).
 * @param {StatusStep[]} history @param {string} date
 */
export function statusAt(history, date) {
  const until = `${date}T23:59:59.999Z`;
  const happened = history.filter((step) => step.effectiveAt <= until);
  happened.sort((a, b) => (a.effectiveAt === b.effectiveAt ? a.revision - b.revision : a.effectiveAt < b.effectiveAt ? -1 : 1));
  return happened.at(-1)?.to ?? null;
}

/**
 * Implemented or verified at each quarter's end, by effective time as known now: what was entered late counts in
 * the quarter it happened, not as a spike on the day it was typed in (the portfolio's asOf answers "as known then").
 * From the transitions of the portfolio's recommendations (the first 200).
 * @param {QuarterEnd[]} ends
 */
async function implementedOverTime(ends) {
  const items = await get('/recommendations', { page: 1, pageSize: 200 }).then((r) => r.body.items);
  /** @type {StatusStep[][]} */
  const histories = await Promise.all(items.map((/** @type {{ id: string }} */ item) => get(`/recommendations/${item.id}/status-history`).then((r) => r.body)));
  return ends.map((end) => ({ label: end.label, value: histories.filter((history) => DONE.has(statusAt(history, end.asOf))).length }));
}

/** @param {string | null} donorId */
async function loadDashboard(donorId) {
  const [portfolio, scorecards, overTime] = await Promise.all([
    get(`/portfolios/${donorId}`).then((r) => r.body),
    get('/scorecards/organisations').then((r) => r.body),
    implementedOverTime(quarterEnds()),
  ]);
  /** @type {{ organisationName: string, overdue: number }[]} */
  const rows = scorecards;
  return {
    portfolio,
    overdueByOrganisation: rows
      .filter((s) => s.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue)
      .map((s) => ({ label: s.organisationName, value: s.overdue })),
    overTime,
  };
}

/**
 * A donor's home: its portfolio in charts, what waits for its verification, and its reports.
 * @param {import('../session.js').PageProps} props
 */
export function DonorDashboard({ session }) {
  const donorId = session.principal.organisationId;
  const state = useLoad(() => loadDashboard(donorId), [donorId]);
  if (!state.data) return html`<section><h1 tabindex="-1">${t('dashboard.title')}</h1><${Loading} state=${state} /></section>`;
  const { portfolio, overdueByOrganisation, overTime } = state.data;
  return html`<section>
    <h1 tabindex="-1">${t('dashboard.title')}${portfolio.donorName ? ` — ${portfolio.donorName}` : ''}</h1>
    <dl class="figures">
      <div><dt>${t('dashboard.forums')}</dt><dd>${portfolio.forums.length}</dd></div>
      <div><dt>${t('dashboard.recommendations')}</dt><dd>${portfolio.recommendations}</dd></div>
      <div><dt>${t('dashboard.rate')}</dt><dd>${formatPercent(portfolio.implementationRate)}</dd></div>
      <div><dt>${t('dashboard.overdue')}</dt><dd>${portfolio.overdue}</dd></div>
    </dl>
    <div class="columns">
      <${StackedBars} title=${t('dashboard.byForum')} keys=${STATUSES} rows=${portfolio.forums.map((/** @type {{ title: string, byStatus: Record<string, number> }} */ f) => ({ label: f.title, counts: f.byStatus }))} />
      <${LineChart} title=${t('dashboard.overTime')} points=${overTime.map((/** @type {{ label: string | null, value: number }} */ p) => ({ ...p, label: p.label ?? t('dashboard.today') }))} />
      <${Bars} title=${t('dashboard.overdueByOrganisation')} rows=${overdueByOrganisation} />
    </div>
    <${ExportControl} list="scorecards" id="export-scorecards" title=${t('export.scorecards')} />
    <div class="columns">
      <${RecommendationSection} id="to-verify" title=${t('dashboard.toVerify')} filter=${{ status: 'implemented', sort: 'lastChangedAt' }} empty=${t('dashboard.toVerifyEmpty')} />
      <${DonorReport} fixedDonorId=${donorId} donors=${[]} />
    </div>
    <p><a href=${href('/reports')}>${t('dashboard.moreReports')}</a></p>
  </section>`;
}
