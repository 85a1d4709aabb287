import { get } from '../api.js';
import { Field, choices, useForm } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { ReportDownloads } from '../components/report-downloads.js';
import { loadOrganisations } from '../directory.js';
import { html } from '../html.js';
import { LANGUAGES, currentLanguage, t } from '../i18n.js';

/** @typedef {import('../components/form.js').ControlEvent} ControlEvent */

import { IndicatorTargets, PERIOD } from './indicator-targets.js';
import { PillarMapping } from './pillar-mapping.js';
import { ReportNarrative } from './report-narrative.js';
import { SubmittedReports } from './report-submissions.js';

/** @param {Record<string, unknown>} values */
function withoutEmpty(values) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}

/**
 * The donor accountability report: for a donor, a period, a template, as of a date, in a language and a format.
 * @param {{ donors: { id: string, name: string }[], fixedDonorId?: string | null }} props
 */
export function DonorReport({ donors, fixedDonorId }) {
  const form = useForm({ donorId: fixedDonorId ?? '', period: String(new Date().getFullYear()), template: '', asOf: '', lang: currentLanguage() });
  const query = withoutEmpty(form.values);
  const check = () => ({
    ...(!form.values.donorId ? { donorId: t('error.required') } : {}),
    ...(!PERIOD.test(form.values.period.trim()) ? { period: t('report.periodHint') } : {}),
  });
  return html`<form id=${form.id} class="panel" novalidate onSubmit=${(/** @type {ControlEvent} */ e) => e.preventDefault()} aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('report.donor')}</h2>
    ${!fixedDonorId && html`<${Field} form=${form} name="donorId" type="select" label=${t('field.donor')} options=${[['', t('field.choose')], ...donors.map((d) => [d.id, d.name])]} />`}
    <div class="row">
      <${Field} form=${form} name="period" label=${t('report.period')} hint=${t('report.periodHint')} />
      <${Field} form=${form} name="template" type="select" label=${t('report.template')} options=${[['', t('report.templateDefault')], ...choices('template', ['standard', 'inl', 'eu'])]} />
    </div>
    <div class="row">
      <${Field} form=${form} name="asOf" type="date" label=${t('filters.asOf')} hint=${t('report.asOfHint')} />
      <${Field} form=${form} name="lang" type="select" label=${t('report.language')} options=${LANGUAGES.map(({ code, name }) => [code, name])} />
    </div>
    <${ReportDownloads} path="/reports/donor-accountability" query=${query} title=${t('report.donor')} check=${check} onFieldErrors=${(
      /** @type {Record<string, string>} */ errors,
    ) =>
      form.submit(
        null,
        () => errors,
        async () => undefined,
      )} />
  </form>`;
}

/**
 * A report about one thing chosen from a list (an organisation's scorecard, a forum's follow-through).
 * @param {{ title: string, name: string, label: string, options: string[][], path: (id: string) => string }} props
 */
function ChosenReport({ title, name, label, options, path }) {
  const form = useForm({ [name]: '', asOf: '', lang: currentLanguage() });
  const chosen = form.values[name];
  return html`<form id=${form.id} class="panel" novalidate onSubmit=${(/** @type {ControlEvent} */ e) => e.preventDefault()} aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${title}</h2>
    <${Field} form=${form} name=${name} type="select" label=${label} options=${[['', t('field.choose')], ...options]} />
    <div class="row">
      <${Field} form=${form} name="asOf" type="date" label=${t('filters.asOf')} hint=${t('report.asOfHint')} />
      <${Field} form=${form} name="lang" type="select" label=${t('report.language')} options=${LANGUAGES.map(({ code, name: text }) => [code, text])} />
    </div>
    <${ReportDownloads} path=${path(chosen)} query=${withoutEmpty({ asOf: form.values.asOf, lang: form.values.lang })} title=${title}
      check=${() => (chosen ? {} : { [name]: t('error.required') })} onFieldErrors=${(/** @type {Record<string, string>} */ errors) =>
        form.submit(
          null,
          () => errors,
          async () => undefined,
        )} />
  </form>`;
}

/** @param {import('../session.js').PageProps} props */
export function ReportsPage({ session }) {
  const donor = session.principal.role === 'donor';
  const coordinator = session.principal.role === 'coordinator';
  const state = useLoad(() => Promise.all([loadOrganisations(), get('/follow-through/forums').then((r) => r.body)]), []);
  if (!state.data) return html`<section><h1 tabindex="-1">${t('reports.title')}</h1><${Loading} state=${state} /></section>`;
  const [organisations, forums] = state.data;
  const all = [...organisations.values()];
  return html`<section>
    <h1 tabindex="-1">${t('reports.title')}</h1>
    <div class="columns">
      <${DonorReport} donors=${all.filter((o) => o.kind === 'donor')} fixedDonorId=${donor ? session.principal.organisationId : undefined} />
      <${ChosenReport} title=${t('report.forum')} name="forumId" label=${t('field.forum')} options=${forums.map((/** @type {{ forumId: string, title: string }} */ f) => [f.forumId, f.title])} path=${(/** @type {string} */ id) => `/reports/forums/${id}/follow-through`} />
      <${ChosenReport} title=${t('report.scorecard')} name="organisationId" label=${t('field.organisation')} options=${all.filter((o) => o.kind !== 'donor').map((o) => [o.id, o.name])}
        path=${(/** @type {string} */ id) => `/reports/organisations/${id}/scorecard`} />
      ${coordinator && html`<${IndicatorTargets} donors=${all.filter((o) => o.kind === 'donor')} />`}
      ${coordinator && html`<${PillarMapping} donors=${all.filter((o) => o.kind === 'donor')} />`}
      ${coordinator && html`<${ReportNarrative} donors=${all.filter((o) => o.kind === 'donor')} />`}
      <${SubmittedReports} donors=${all.filter((o) => o.kind === 'donor')} fixedDonorId=${donor ? session.principal.organisationId : undefined} coordinator=${coordinator} />
    </div>
  </section>`;
}
