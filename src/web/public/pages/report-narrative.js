import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, get, idempotencyKeyFor } from '../api.js';
import { Field, FormError, Submit, useForm } from '../components/form.js';
import { html } from '../html.js';
import { label, t } from '../i18n.js';
import { PERIOD } from './indicator-targets.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {import('./indicator-targets.js').Donor} Donor
 * @typedef {import('./indicator-targets.js').ReportingFramework} ReportingFramework
 * @typedef {{ recommendationId: string, text: string, organisation: string | null, date: string | null, detail: string | null }} NarrativeItem
 * @typedef {{ indicator: string, target: number | null, actual: number | null, met: boolean | null }} IndicatorResult
 * @typedef {{ pillar: string, recommendations: number, implementedInPeriod: number }} PillarResult
 * @typedef {{ text: string, responsible: { id: string, name: string } | null, dueDate: string, lastReason: { note: string, effectiveAt: string } | null }} OverdueCommitment
 * @typedef {{ overdueCommitments: OverdueCommitment[],
 *   inl?: { accomplishments: NarrativeItem[], goalsNotMet: { indicators: IndicatorResult[], setbacks: NarrativeItem[] }, nextSteps: NarrativeItem[] },
 *   eu?: { pillars: PillarResult[] } }} DonorReport the parts of GET /reports/donor-accountability a draft is made from
 * @typedef {{ donorId: string, period: string, [section: string]: string }} NarrativeValues
 */

/** The sections each donor form asks for (docs/reports.md, "Narrative"). @type {{ inl: string[], eu: string[], [template: string]: string[] | undefined }} */
const SECTIONS = { inl: ['accomplishments', 'goalsNotMet', 'nextSteps'], eu: ['context', 'progress', 'changes', 'challenges', 'lessons'] };
const EMPTY = Object.fromEntries([...SECTIONS.inl, ...SECTIONS.eu].map((key) => [key, '']));

/** @param {NarrativeItem} i @param {string | null} [detail] */
const item = (i, detail = i.detail) => `“${i.text}” — ${[i.organisation, i.date, detail].filter(Boolean).join(', ')}`;
const indicatorName = (/** @type {string} */ key) => (key.startsWith('pillar:') ? label('pillar', key.slice(7)) : t(`targets.${key}`));
/** @param {string} key @param {number | null | undefined} value */
const figure = (key, value) =>
  value === null || value === undefined ? '—' : key === 'implementationRate' ? `${Math.round(value * 1000) / 10} %` : String(value);

/** A first draft from what the tracker knows, one line a fact, for the coordinators to rewrite. @param {DonorReport} report */
function draftFrom(report) {
  const draft = { ...EMPTY };
  if (report.inl) {
    const { accomplishments, goalsNotMet, nextSteps } = report.inl;
    draft.accomplishments = accomplishments.map((i) => item(i)).join('\n');
    draft.goalsNotMet = [
      ...goalsNotMet.indicators.map(
        (i) => `${indicatorName(i.indicator)}: ${figure(i.indicator, i.actual)} (${t('narrative.target')} ${figure(i.indicator, i.target)})`,
      ),
      ...goalsNotMet.setbacks.map((i) => item(i)),
    ].join('\n');
    draft.nextSteps = nextSteps.map((i) => item(i, label('status', i.detail))).join('\n');
  }
  if (report.eu) {
    draft.progress = report.eu.pillars.map((p) => `${label('pillar', p.pillar)}: ${p.implementedInPeriod} / ${p.recommendations}`).join('\n');
    draft.challenges = report.overdueCommitments
      .map((o) => `“${o.text}” — ${[o.responsible?.name, o.dueDate, o.lastReason?.note].filter(Boolean).join(', ')}`)
      .join('\n');
  }
  return draft;
}

/** @param {NarrativeValues} values @param {string | null} template */
function bodyOf(values, template) {
  return Object.fromEntries((SECTIONS[String(template)] ?? []).filter((key) => values[key].trim() !== '').map((key) => [key, values[key]]));
}

/** @param {NarrativeValues} values @returns {Record<string, string>} */
function check(values) {
  return {
    ...(!values.donorId ? { donorId: t('error.required') } : {}),
    ...(!PERIOD.test(values.period.trim()) ? { period: t('report.periodHint') } : {}),
  };
}

/**
 * Coordinators write the narrative of a donor's report for a period. What was written before comes back; with
 * nothing written yet, the fields start from the lists the tracker made for that report.
 * @param {{ donors: Donor[] }} props
 */
export function ReportNarrative({ donors }) {
  const form = useForm({ donorId: '', period: String(new Date().getFullYear()), ...EMPTY });
  const [template, setTemplate] = useState(/** @type {string | null} */ (null));
  const [drafted, setDrafted] = useState(false);
  const [saved, setSaved] = useState(/** @type {string | null} */ (null));
  const scope = useMemo(() => `narrative-${Math.random().toString(36).slice(2)}`, []);
  const { donorId } = form.values;
  const period = form.values.period.trim();
  useEffect(() => {
    setSaved(null);
    setTemplate(null);
    if (!donorId || !PERIOD.test(period)) return;
    let current = true;
    (async () => {
      const framework = /** @type {ReportingFramework} */ ((await get(`/reports/frameworks/${donorId}`)).body);
      const written = framework.narratives?.[period];
      const values = written ? { ...EMPTY, ...written } : draftFrom((await get('/reports/donor-accountability', { donorId, period })).body);
      if (!current) return;
      setTemplate(framework.profile?.template ?? 'standard');
      setDrafted(!written);
      form.setValues((before) => ({ ...before, ...values }));
    })().catch(() => current && setTemplate('standard'));
    return () => (current = false);
  }, [donorId, period]);
  const send = (/** @type {NarrativeValues} */ values) => {
    const body = bodyOf(values, template);
    const path = `/reports/frameworks/${values.donorId}/narrative/${encodeURIComponent(values.period.trim())}`;
    return api('PUT', path, { body, idempotencyKey: idempotencyKeyFor(scope, { path, body }) }).then(() => (setSaved(values.period.trim()), setDrafted(false)));
  };
  const sections = SECTIONS[String(template)] ?? [];
  return html`<form id=${form.id} class="panel" novalidate onSubmit=${(/** @type {ControlEvent} */ e) => form.submit(e, check, send)} aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('narrative.title')}</h2>
    <${Field} form=${form} name="donorId" type="select" label=${t('field.donor')} options=${[['', t('field.choose')], ...donors.map((d) => [d.id, d.name])]} />
    <${Field} form=${form} name="period" label=${t('report.period')} hint=${t('targets.periodHint')} />
    ${template && !sections.length && html`<p class="hint">${t('narrative.noneForTemplate')}</p>`}
    ${drafted && sections.length > 0 && html`<p class="hint">${t('narrative.drafted')}</p>`}
    ${sections.map((key) => html`<${Field} form=${form} name=${key} type="textarea" label=${t(`narrative.${key}`)} />`)}
    <${FormError} form=${form} />
    ${sections.length > 0 && html`<${Submit} form=${form}>${t('narrative.save')}<//>`}
    ${saved && html`<p role="status">${t('narrative.saved', { period: saved })}</p>`}
  </form>`;
}
