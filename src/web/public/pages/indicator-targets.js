import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, get, idempotencyKeyFor } from '../api.js';
import { Field, FormError, Submit, useForm } from '../components/form.js';
import { html } from '../html.js';
import { label, t } from '../i18n.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {{ id: string, name: string }} Donor
 * @typedef {{ fiscalYearStartMonth: number, template: 'standard' | 'inl' | 'eu', awardNumber: string | null, implementingOrganisation?: string | null }} ReportingProfile
 * @typedef {{ donorId: string, mapping: Record<string, string>, targets: Record<string, Record<string, number>>, profile?: ReportingProfile | null,
 *   narratives?: Record<string, Record<string, string>>, revision: string | null }} ReportingFramework what GET /reports/frameworks/:donorId answers
 * @typedef {number | ''} Figure a target as the form holds it: a number, or '' when none is set
 * @typedef {{ donorId: string, period: string, [figure: string]: string | number }} TargetValues
 * @typedef {{ recommendationsAssigned?: number, recommendationsImplemented?: number, implementationsVerified?: number, implementationRate?: number,
 *   overdueCommitments?: number, pillarsImplemented?: Record<string, number>, [count: string]: number | Record<string, number> | undefined }} TargetsBody
 *   what PUT /reports/frameworks/:donorId/targets/:period takes
 * @typedef {(name: string, text: string, hint?: string) => unknown} NumberField
 */

/** The counts a donor may set a target for; the implementation rate is entered as a percent and sent as a fraction. */
const COUNTS = ['recommendationsAssigned', 'recommendationsImplemented', 'implementationsVerified', 'overdueCommitments'];
const PILLARS = ['laws_and_policies', 'institutions', 'prevention', 'services', 'data', 'womens_movements'];
export const PERIOD = /^(\d{4}-Q[1-4]|FY\d{4}|\d{4}|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/;

/** @type {Record<string, Figure>} */
const EMPTY = Object.fromEntries([...COUNTS, 'implementationRate', ...PILLARS.map((p) => `pillar_${p}`)].map((key) => [key, '']));

/** The targets the framework holds for a period, as the form's values. @param {Record<string, number>} [targets] */
function valuesOf(targets = {}) {
  /** @type {Record<string, Figure>} */
  const values = { ...EMPTY };
  for (const key of COUNTS) if (targets[key] !== undefined) values[key] = targets[key];
  if (targets.implementationRate !== undefined) values.implementationRate = Math.round(targets.implementationRate * 1000) / 10;
  for (const pillar of PILLARS) if (targets[`pillar:${pillar}`] !== undefined) values[`pillar_${pillar}`] = targets[`pillar:${pillar}`];
  return values;
}

/** The form's values as the API takes them: only what was filled in. @param {Record<string, Figure>} values */
function bodyOf(values) {
  /** @type {TargetsBody} */
  const body = {};
  for (const key of COUNTS) if (values[key] !== '') body[key] = values[key];
  if (values.implementationRate !== '') body.implementationRate = Math.round(values.implementationRate * 10) / 1000;
  const pillars = Object.fromEntries(PILLARS.filter((p) => values[`pillar_${p}`] !== '').map((p) => [p, values[`pillar_${p}`]]));
  // Those left empty are filtered out: the rest are numbers.
  if (Object.keys(pillars).length) body.pillarsImplemented = /** @type {Record<string, number>} */ (pillars);
  return body;
}

/** @param {TargetValues} values @returns {Record<string, string>} */
function check(values) {
  /** @type {Record<string, string>} */
  const problems = {};
  if (!values.donorId) problems.donorId = t('error.required');
  if (!PERIOD.test(values.period.trim())) problems.period = t('report.periodHint');
  for (const key of [...COUNTS, ...PILLARS.map((p) => `pillar_${p}`)]) {
    const value = values[key];
    if (value !== '' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0)) problems[key] = t('targets.wholeNumber');
  }
  const rate = values.implementationRate;
  if (rate !== '' && !(typeof rate === 'number' && rate >= 0 && rate <= 100)) problems.implementationRate = t('targets.percent');
  return problems;
}

/**
 * A coordinator sets a donor's targets for a period; the donor's reports then compare each figure with its target.
 * @param {{ donors: Donor[] }} props
 */
export function IndicatorTargets({ donors }) {
  const form = useForm({ donorId: '', period: String(new Date().getFullYear()), ...EMPTY });
  const [saved, setSaved] = useState(/** @type {string | null} */ (null));
  const [template, setTemplate] = useState(/** @type {string | null} */ (null));
  // The figures are offered once the period's targets are in, so that nothing typed is overwritten by them.
  const [loadedFor, setLoadedFor] = useState(/** @type {string | null} */ (null));
  const scope = useMemo(() => `targets-${Math.random().toString(36).slice(2)}`, []);
  const { donorId } = form.values;
  const period = form.values.period.trim();
  useEffect(() => {
    setSaved(null);
    if (!donorId || !PERIOD.test(period)) return;
    let current = true;
    get(`/reports/frameworks/${donorId}`).then((answer) => {
      const body = /** @type {ReportingFramework} */ (answer.body);
      if (!current) return;
      setTemplate(body.profile?.template ?? 'standard');
      form.setValues((values) => ({ ...values, ...valuesOf(body.targets[period]) }));
      setLoadedFor(`${donorId} ${period}`);
    });
    return () => (current = false);
  }, [donorId, period]);
  const send = (/** @type {TargetValues} */ values) => {
    const body = bodyOf(/** @type {Record<string, Figure>} */ (values));
    const path = `/reports/frameworks/${values.donorId}/targets/${encodeURIComponent(values.period.trim())}`;
    return api('PUT', path, { body, idempotencyKey: idempotencyKeyFor(scope, { path, body }) }).then(() => setSaved(values.period.trim()));
  };
  /** @type {NumberField} */
  const number = (name, text, hint) =>
    html`<${Field} form=${form} name=${name} type="number" min="0" step=${name === 'implementationRate' ? '0.1' : '1'} label=${text} hint=${hint} />`;
  return html`<form id=${form.id} class="panel" novalidate onSubmit=${(/** @type {ControlEvent} */ e) => form.submit(e, check, send)} aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('targets.title')}</h2>
    <p class="hint">${t('targets.intro')}</p>
    <${Field} form=${form} name="donorId" type="select" label=${t('field.donor')} options=${[['', t('field.choose')], ...donors.map((d) => [d.id, d.name])]} />
    <${Field} form=${form} name="period" label=${t('report.period')} hint=${t('targets.periodHint')} />
    ${loadedFor === `${donorId} ${period}` && html`<${Figures} template=${template} number=${number} />`}
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('targets.save')}<//>
    ${saved && html`<p role="status">${t('targets.saved', { period: saved })}</p>`}
  </form>`;
}

/** The figures a target can be set for; pillar targets only for a donor on the EU template. @param {{ template: string | null, number: NumberField }} props */
function Figures({ template, number }) {
  return html`<div class="row">
      ${number('recommendationsAssigned', t('targets.recommendationsAssigned'))} ${number('recommendationsImplemented', t('targets.recommendationsImplemented'))}
    </div>
    <div class="row">
      ${number('implementationsVerified', t('targets.implementationsVerified'))} ${number('implementationRate', t('targets.implementationRate'), t('targets.percentHint'))}
    </div>
    ${number('overdueCommitments', t('targets.overdueCommitments'), t('targets.overdueHint'))}
    ${
      template === 'eu' &&
      html`<fieldset>
      <legend>${t('targets.pillars')}</legend>
      <div class="row">${PILLARS.map((pillar) => number(`pillar_${pillar}`, label('pillar', pillar)))}</div>
    </fieldset>`
    }`;
}
