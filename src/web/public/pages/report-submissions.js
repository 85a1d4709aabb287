import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, download, get, idempotencyKeyFor } from '../api.js';
import { Field, FormError, Submit, useForm } from '../components/form.js';
import { html } from '../html.js';
import { currentLanguage, formatDate, t } from '../i18n.js';
import { PERIOD } from './indicator-targets.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {import('./indicator-targets.js').Donor} Donor
 * @typedef {{ format: string, fileName: string, contentType: string, sha256: string, bytes: number }} SubmittedFile
 * @typedef {{ submissionId: string, period: string, template: string, asOf: string, language: string, position: string, generatedAt: string,
 *   files: SubmittedFile[] }} SubmittedReport an entry of GET /reports/submissions/:donorId, oldest first
 * @typedef {{ period: string, [format: string]: string | boolean }} SubmissionValues the period and, per format, whether to send it
 */

const FORMATS = ['pdf', 'xlsx', 'csv', 'html', 'json'];

/**
 * One submitted report: when, for which period, at which data position, and its files as they were sent.
 * @param {{ donorId: string, submission: SubmittedReport }} props
 */
function Submission({ donorId, submission }) {
  const [state, setState] = useState(/** @type {{ done?: string, error?: string }} */ ({}));
  const fetchFile = async (/** @type {SubmittedFile} */ file) => {
    try {
      setState({ done: await download(`/reports/submissions/${donorId}/${submission.submissionId}/${file.format}`) });
    } catch (error) {
      setState({ error: /** @type {Error} */ (error).message });
    }
  };
  return html`<li>
    <strong>${submission.period}</strong> · ${formatDate(submission.generatedAt)} · ${t('submissions.position')} ${submission.position}
    <div class="downloads" role="group" aria-label=${`${t('submissions.files')} ${submission.period}`}>
      ${submission.files.map(
        (/** @type {SubmittedFile} */ file) => html`<button type="button" onClick=${() => fetchFile(file)} title=${`SHA-256 ${file.sha256}`}
          aria-label=${`${submission.period}: ${file.format.toUpperCase()}`}>${file.format.toUpperCase()} (${Math.ceil(file.bytes / 1024)} KB)</button>`,
      )}
    </div>
    <p class="download-state" aria-live="polite">${state.done && t('report.downloaded', { name: state.done })}${state.error && html`<span class="form-error">${state.error}</span>`}</p>
  </li>`;
}

/**
 * A coordinator hands the donor report of a period over as it stands now, in the formats chosen.
 * @param {{ donorId: string, onSubmitted: () => void }} props
 */
function MarkSubmitted({ donorId, onSubmitted }) {
  const form = useForm({ period: String(new Date().getFullYear()), ...Object.fromEntries(FORMATS.map((f) => [f, f === 'pdf' || f === 'xlsx'])) });
  const scope = useMemo(() => `submission-${Math.random().toString(36).slice(2)}`, []);
  /** @param {SubmissionValues} values @returns {Record<string, string>} */
  const check = (values) => ({
    ...(!PERIOD.test(values.period.trim()) ? { period: t('report.periodHint') } : {}),
    ...(FORMATS.some((f) => values[f]) ? {} : { _form: t('submissions.chooseFormat') }),
  });
  const send = async (/** @type {SubmissionValues} */ values) => {
    const period = values.period.trim();
    /** @type {{ body: { parameters: { position: string | null } } }} the part of GET /reports/donor-accountability a submission names */
    const { body: report } = await get('/reports/donor-accountability', { donorId, period, lang: currentLanguage() });
    const body = { donorId, period, lang: currentLanguage(), position: report.parameters.position, formats: FORMATS.filter((f) => values[f]) };
    await api('POST', '/reports/submissions', { body, idempotencyKey: idempotencyKeyFor(scope, body) });
    onSubmitted();
  };
  return html`<form id=${form.id} novalidate onSubmit=${(/** @type {ControlEvent} */ e) => form.submit(e, check, send)} aria-label=${t('submissions.mark')}>
    <${Field} form=${form} name="period" label=${t('report.period')} hint=${t('submissions.hint')} />
    <fieldset>
      <legend>${t('submissions.formats')}</legend>
      ${FORMATS.map((f) => html`<${Field} form=${form} name=${f} type="checkbox" label=${f.toUpperCase()} />`)}
    </fieldset>
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('submissions.mark')}<//>
  </form>`;
}

/**
 * The reports handed to a donor, each file downloadable byte for byte as it was sent; coordinators mark new ones.
 * @param {{ donors: Donor[], fixedDonorId?: string | null, coordinator: boolean }} props
 */
export function SubmittedReports({ donors, fixedDonorId, coordinator }) {
  const [donorId, setDonorId] = useState(fixedDonorId ?? '');
  const [submissions, setSubmissions] = useState(/** @type {SubmittedReport[] | null} */ (null));
  const [version, setVersion] = useState(0);
  useEffect(() => {
    setSubmissions(null);
    if (!donorId) return;
    let current = true;
    get(`/reports/submissions/${donorId}`).then(({ body }) => current && setSubmissions(body));
    return () => (current = false);
  }, [donorId, version]);
  return html`<section class="panel" aria-labelledby="submitted-title">
    <h2 id="submitted-title">${t('submissions.title')}</h2>
    ${
      !fixedDonorId &&
      html`<div class="field"><label for="submitted-donor">${t('field.donor')}</label>
      <select id="submitted-donor" value=${donorId} onChange=${(/** @type {ControlEvent} */ e) => setDonorId(e.currentTarget.value)}>
        ${[['', t('field.choose')], ...donors.map((d) => [d.id, d.name])].map(([value, text]) => html`<option value=${value}>${text}</option>`)}
      </select></div>`
    }
    ${submissions && submissions.length === 0 && html`<p class="hint">${t('submissions.none')}</p>`}
    ${submissions && submissions.length > 0 && html`<ol class="submissions">${[...submissions].reverse().map((s) => html`<${Submission} donorId=${donorId} submission=${s} />`)}</ol>`}
    ${coordinator && donorId && html`<${MarkSubmitted} donorId=${donorId} onSubmitted=${() => setVersion((v) => v + 1)} />`}
  </section>`;
}
