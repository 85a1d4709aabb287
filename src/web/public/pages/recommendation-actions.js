import { useState } from 'preact/hooks';
import { EvidenceFields, NO_EVIDENCE, checkEvidence, evidenceBody } from '../components/evidence-fields.js';
import { DueDateField, Field, FormError, Submit, choices, describeRefusal, required, useForm } from '../components/form.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { OTHER_TAGS, TagFields, sameCodes } from '../components/terms.js';

/**
 * @typedef {import('../components/form.js').Form} Form
 * @typedef {Map<string, import('../directory.js').OrganisationEntry>} Organisations
 * @typedef {(action: string, body: object) => Promise<unknown>} Send sends a command; a refusal throws
 * @typedef {{ initial: Record<string, unknown> | ((recommendation: any) => Record<string, unknown>), fields: (form: Form, organisations: Organisations) => unknown,
 *   check: (values: any) => Record<string, string>, body: (values: any, recommendation: any) => object }} ActionFormSpec
 */

/** The content fields as the correction form holds them (tags as arrays of codes, absent values as ''). @param {any} r @returns {Record<string, any>} */
function contentOf(r) {
  return {
    text: r.text,
    themes: r.themes,
    priority: r.priority,
    targetRegions: r.targetRegions,
    sdgTargets: r.sdgTargets ?? [],
    cedawAreas: r.cedawAreas ?? [],
    mechanisms: r.mechanisms ?? [],
    targetCountry: r.targetCountry ?? '',
    madeBy: r.madeBy ?? '',
  };
}

/** Only the fields edited: the API records those, each with what it was. @param {any} v @param {any} r */
function correctionBody(v, r) {
  const before = contentOf(r);
  /** @type {Record<string, unknown>} */
  const body = { reason: v.reason.trim() };
  for (const field of ['text', 'priority']) if (v[field].trim() !== before[field]) body[field] = v[field].trim();
  for (const field of ['themes', 'targetRegions', ...OTHER_TAGS]) if (!sameCodes(v[field], before[field])) body[field] = v[field];
  for (const field of ['targetCountry', 'madeBy']) if (v[field].trim() !== before[field]) body[field] = v[field].trim() === '' ? null : v[field].trim();
  if (typeof body.targetCountry === 'string') body.targetCountry = body.targetCountry.toUpperCase();
  return body;
}

/** Actions that need nothing more than a click. */
const IMMEDIATE = ['accept', 'start'];

/** @param {{ happenedOn?: string }} values */
function effectiveAt(values) {
  return values.happenedOn ? { effectiveAt: `${values.happenedOn}T00:00:00Z` } : {};
}

/** @param {{ form: Form }} props */
function HappenedOn({ form }) {
  return html`<${Field} form=${form} name="happenedOn" type="date" label=${t('field.happenedOn')} hint=${t('field.happenedOnHint')} />`;
}

/** Per action: its fields, the browser's checks and the body the API takes. @type {Record<string, ActionFormSpec>} */
const FORMS = {
  decline: {
    initial: { reason: '' },
    fields: (form) => html`<${Field} form=${form} name="reason" type="textarea" label=${t('field.reason')} />`,
    check: (v) => required(v, ['reason']),
    body: (v) => ({ reason: v.reason.trim() }),
  },
  progress: {
    initial: { note: '', percentComplete: '', evidence: [{ ...NO_EVIDENCE }], happenedOn: '' },
    fields: (form) => html`<${Field} form=${form} name="note" type="textarea" label=${t('field.note')} />
      <${Field} form=${form} name="percentComplete" type="number" min="0" max="100" label=${t('field.percentComplete')} />
      <${EvidenceFields} form=${form} /><${HappenedOn} form=${form} />`,
    check: (v) => ({ ...required(v, ['note']), ...checkEvidence(v) }),
    body: (v) => ({
      note: v.note.trim(),
      evidence: evidenceBody(v.evidence),
      ...(v.percentComplete === '' ? {} : { percentComplete: v.percentComplete }),
      ...effectiveAt(v),
    }),
  },
  implemented: {
    initial: { summary: '', evidence: [{ ...NO_EVIDENCE }], happenedOn: '' },
    fields: (form) => html`<${Field} form=${form} name="summary" type="textarea" label=${t('field.summary')} />
      <${EvidenceFields} form=${form} /><${HappenedOn} form=${form} />`,
    check: (v) => ({ ...required(v, ['summary']), ...checkEvidence(v, 'evidence', { atLeastOne: true }) }),
    body: (v) => ({ summary: v.summary.trim(), evidence: evidenceBody(v.evidence), ...effectiveAt(v) }),
  },
  verify: {
    initial: { note: '', evidence: [] },
    fields: (form) => html`<${Field} form=${form} name="note" type="textarea" label=${t('field.verifyNote')} /><${EvidenceFields} form=${form} />`,
    check: (v) => checkEvidence(v),
    body: (v) => ({ ...(v.note.trim() ? { note: v.note.trim() } : {}), ...(v.evidence.length ? { evidence: evidenceBody(v.evidence) } : {}) }),
  },
  dispute: {
    initial: { reason: '', evidence: [] },
    fields: (form) => html`<${Field} form=${form} name="reason" type="textarea" label=${t('field.disputeReason')} /><${EvidenceFields} form=${form} />`,
    check: (v) => ({ ...required(v, ['reason']), ...checkEvidence(v) }),
    body: (v) => ({ reason: v.reason.trim(), ...(v.evidence.length ? { evidence: evidenceBody(v.evidence) } : {}) }),
  },
  assign: {
    initial: { responsibleOrganisationId: '', dueDate: '', happenedOn: '' },
    fields: (form, organisations) => html`<${OrganisationChoice} form=${form} name="responsibleOrganisationId" organisations=${organisations} />
      <${DueDateField} form=${form} /><${HappenedOn} form=${form} />`,
    check: (v) => required(v, ['responsibleOrganisationId', 'dueDate']),
    body: (v) => ({ responsibleOrganisationId: v.responsibleOrganisationId, dueDate: v.dueDate, ...effectiveAt(v) }),
  },
  'due-date': {
    initial: { dueDate: '', reason: '' },
    fields: (form) => html`<${DueDateField} form=${form} label=${t('field.newDueDate')} />
      <${Field} form=${form} name="reason" type="textarea" label=${t('field.reason')} />`,
    check: (v) => required(v, ['dueDate', 'reason']),
    body: (v) => ({ dueDate: v.dueDate, reason: v.reason.trim() }),
  },
  reassign: {
    initial: { responsibleOrganisationId: '', reason: '', dueDate: '' },
    fields: (form, organisations) => html`<${OrganisationChoice} form=${form} name="responsibleOrganisationId" organisations=${organisations} />
      <${Field} form=${form} name="reason" type="textarea" label=${t('field.reason')} />
      <${DueDateField} form=${form} label=${t('field.newDueDateOptional')} />`,
    check: (v) => required(v, ['responsibleOrganisationId', 'reason']),
    body: (v) => ({ responsibleOrganisationId: v.responsibleOrganisationId, reason: v.reason.trim(), ...(v.dueDate ? { dueDate: v.dueDate } : {}) }),
  },
  'corrections/content': {
    initial: (r) => ({ ...contentOf(r), reason: '' }),
    fields: (form) => html`<${Field} form=${form} name="text" type="textarea" label=${t('field.text')} rows="4" />
      <${TagFields} form=${form} />
      <${TargetFields} form=${form} />
      <${Field} form=${form} name="priority" type="select" label=${t('field.priority')} options=${choices('priority', ['high', 'medium', 'low'])} />
      <${Field} form=${form} name="reason" type="textarea" label=${t('field.reason')} />`,
    check: (v) => required(v, ['text', 'themes', 'reason']),
    body: correctionBody,
  },
  withdraw: {
    initial: { reason: '' },
    fields: (form) => html`<${Field} form=${form} name="reason" type="textarea" label=${t('field.reason')} />`,
    check: (v) => required(v, ['reason']),
    body: (v) => ({ reason: v.reason.trim() }),
  },
};

/**
 * The buttons to show: the actions the server says this person may take now (`allowedActions` of
 * GET /recommendations/:id, docs/security.md), of those this page offers (a date correction is the API's).
 * @param {string[]} allowed
 */
export function offeredActions(allowed) {
  return allowed.filter((action) => IMMEDIATE.includes(action) || action in FORMS);
}

/** @param {{ form: Form, name: string, organisations: Organisations, label?: string }} props */
export function OrganisationChoice({ form, name, organisations, label }) {
  const options = [...organisations.values()].filter((o) => o.active && o.kind !== 'donor').map((o) => [o.id, o.name]);
  return html`<${Field} form=${form} name=${name} type="select" label=${label ?? t('field.responsible')} options=${[['', t('field.choose')], ...options]} />`;
}

/** The country asked to act (when not the forum's) and who made the recommendation. @param {{ form: Form }} props */
export function TargetFields({ form }) {
  return html`<${Field} form=${form} name="targetCountry" label=${t('field.targetCountry')} hint=${t('field.targetCountryHint')} maxlength="2" />
    <${Field} form=${form} name="madeBy" label=${t('field.madeBy')} hint=${t('field.madeByHint')} />`;
}

/** @param {{ action: string, send: Send, organisations: Organisations, recommendation: any, onClose: () => void }} props */
function ActionForm({ action, send, organisations, recommendation, onClose }) {
  const spec = FORMS[action];
  const form = useForm(typeof spec.initial === 'function' ? spec.initial(recommendation) : spec.initial);
  const submit = (/** @type {Event} */ event) =>
    form.submit(event, spec.check, async (values) => {
      // Done, or refused by a change made meanwhile: the conflict notice then holds what was sent, to retry.
      await send(action, spec.body(values, recommendation));
      onClose();
    });
  return html`<form id=${form.id} class="action-form" onSubmit=${submit} novalidate aria-labelledby=${`${form.id}-title`}>
    <h3 id=${`${form.id}-title`}>${t(`action.${action}`)}</h3>
    ${spec.fields(form, organisations)}
    <${FormError} form=${form} />
    <div class="filter-actions">
      <${Submit} form=${form}>${t(`action.${action}`)}<//>
      <button type="button" onClick=${onClose}>${t('action.cancel')}</button>
    </div>
  </form>`;
}

/**
 * A button per allowed action; those that need details open their form below.
 * @param {{ actions: string[], send: Send, organisations: Organisations, recommendation?: any }} props
 */
export function RecommendationActions({ actions, send, organisations, recommendation }) {
  const [open, setOpen] = useState(/** @type {string | null} */ (null));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (actions.length === 0) return html`<p class="empty">${t('actions.none')}</p>`;
  /** @param {string} action */
  async function immediately(action) {
    setBusy(true);
    setError('');
    try {
      await send(action, {});
    } catch (refusal) {
      setError(describeRefusal(refusal));
    } finally {
      setBusy(false);
    }
  }
  return html`<div class="actions-panel">
    <div class="actions" role="group" aria-label=${t('actions.title')}>
      ${actions.map((action) =>
        IMMEDIATE.includes(action)
          ? html`<button key=${action} type="button" class="primary" disabled=${busy} onClick=${() => immediately(action)}>${t(`action.${action}`)}</button>`
          : html`<button key=${action} type="button" aria-expanded=${open === action} onClick=${() => setOpen(open === action ? null : action)}>${t(`action.${action}`)}</button>`,
      )}
    </div>
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${
      open &&
      actions.includes(open) &&
      html`<${ActionForm}
      key=${open}
      action=${open}
      send=${send}
      organisations=${organisations}
      recommendation=${recommendation}
      onClose=${() => setOpen(null)}
    />`
    }
  </div>`;
}
