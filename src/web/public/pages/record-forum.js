import { api, get, idempotencyKeyFor } from '../api.js';
import { useMemo } from 'preact/hooks';
import { Field, FormError, Submit, choices, required, useForm } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { NO_TAGS, PRIORITIES, checkProposals, proposalsFrom } from './forum.js';
import { TagFields } from '../components/terms.js';
import { TargetFields } from './recommendation-actions.js';

const FORUM_KINDS = ['conference', 'roundtable', 'national_forum', 'study_tour', 'meeting', 'training'];

const list = (/** @type {string} */ text) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A coordinator records a forum and, in the same go, the recommendations made there (one per line). */
export function RecordForumPage() {
  // Sending again after a refusal halfway (say, of one recommendation) records the forum and the others once;
  // what the user edited in between is sent under a new key.
  const key = useMemo(() => crypto.randomUUID(), []);
  const donors = useLoad(() => get('/organisations', { kind: 'donor', active: true, pageSize: 500 }).then((r) => r.body.items), []);
  const form = useForm({
    title: '',
    kind: 'conference',
    startDate: '',
    endDate: '',
    location: { country: 'TJ', region: '', district: '' },
    organisers: '',
    funders: {},
    programme: '',
    participants: '',
    sourceReference: '',
    recommendations: '',
    ...NO_TAGS,
    priority: 'medium',
    targetCountry: '',
    madeBy: '',
    datePrecision: 'day',
    countriesVisited: '',
  });
  const record = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => ({
        ...required(v, ['title', 'startDate', 'endDate', 'location.country', 'organisers']),
        ...checkProposals(v),
      }),
      async (v) => {
        const body = {
          title: v.title.trim(),
          kind: v.kind,
          startDate: v.startDate,
          endDate: v.endDate,
          location: {
            country: v.location.country.trim().toUpperCase(),
            ...(v.location.region.trim() ? { region: v.location.region.trim() } : {}),
            ...(v.location.district.trim() ? { district: v.location.district.trim() } : {}),
          },
          organisers: list(v.organisers).map((/** @type {string} */ name) => ({ name })),
          funders: Object.keys(v.funders).filter((id) => v.funders[id]),
          ...(v.programme.trim() ? { programme: v.programme.trim() } : {}),
          ...(v.participants !== '' ? { participants: v.participants } : {}),
          ...(v.sourceReference.trim() ? { sourceReference: v.sourceReference.trim() } : {}),
          ...(v.datePrecision === 'month' ? { datePrecision: 'month' } : {}),
          ...(countryCodes(v.countriesVisited).length ? { countriesVisited: countryCodes(v.countriesVisited) } : {}),
        };
        const recorded = await api('POST', '/forums', { body, idempotencyKey: idempotencyKeyFor(`forum-${key}`, body) });
        let { position } = recorded;
        for (const [index, proposal] of proposalsFrom(v).entries()) {
          ({ position } = await api('POST', `/forums/${recorded.body.id}/recommendations`, {
            body: proposal,
            idempotencyKey: idempotencyKeyFor(`proposal-${key}-${index}`, proposal),
          }));
        }
        // The forum's page lists from the read model: it waits until that includes what was just recorded.
        go(`/forums/${recorded.body.id}`, { position });
      },
    );
  return html`<section>
    <h1 tabindex="-1">${t('forums.record')}</h1>
    <form id=${form.id} onSubmit=${record} novalidate class="wide-form">
      <fieldset><legend>${t('forum.details')}</legend>
        <${Field} form=${form} name="title" label=${t('field.title')} />
        <${Field} form=${form} name="kind" type="select" label=${t('field.forumKind')} options=${choices('forumKind', FORUM_KINDS)} />
        <div class="row">
          <${Field} form=${form} name="startDate" type="date" label=${t('field.startDate')} />
          <${Field} form=${form} name="endDate" type="date" label=${t('field.endDate')} />
          <${DatePrecisionField} form=${form} />
        </div>
        <div class="row">
          <${Field} form=${form} name="location.country" label=${t('field.country')} hint=${t('field.countryHint')} maxlength="2" />
          <${Field} form=${form} name="location.region" label=${t('field.region')} />
          <${Field} form=${form} name="location.district" label=${t('field.district')} />
        </div>
        <${Field} form=${form} name="countriesVisited" label=${t('field.countriesVisited')} hint=${t('field.countriesVisitedHint')} />
        <${Field} form=${form} name="organisers" label=${t('field.organisers')} hint=${t('field.commaSeparated')} />
        <fieldset class="checkboxes"><legend>${t('field.funders')}</legend>
          <${Loading} state=${donors} />
          ${(donors.data ?? []).map((/** @type {{ id: string, name: string }} */ d) => html`<${Field} form=${form} name=${`funders.${d.id}`} type="checkbox" label=${d.name} />`)}
          ${form.errors.funders && html`<p class="field-error" id=${`${form.id}-funders`}>${form.errors.funders}</p>`}
        </fieldset>
        <${Field} form=${form} name="programme" label=${t('field.programme')} />
        <${Field} form=${form} name="participants" type="number" min="0" label=${t('field.participants')} />
        <${Field} form=${form} name="sourceReference" label=${t('field.sourceReference')} />
      </fieldset>
      <fieldset><legend>${t('forum.recommendationsMade')}</legend>
        <${ProposalFields} form=${form} />
      </fieldset>
      <${FormError} form=${form} />
      <${Submit} form=${form}>${t('forums.record')}<//>
    </form>
  </section>`;
}

/** Several recommendations at once: one per line, sharing themes, regions and priority. @param {{ form: import('../components/form.js').Form }} props */
export function ProposalFields({ form }) {
  return html`<${Field} form=${form} name="recommendations" type="textarea" label=${t('field.recommendations')} hint=${t('field.onePerLine')} rows="6" />
    <${TagFields} form=${form} />
    <${Field} form=${form} name="priority" type="select" label=${t('field.priority')} options=${choices('priority', PRIORITIES)} />
    <${TargetFields} form=${form} />`;
}

/** Two-letter country codes typed comma-separated, as the API takes them. @param {string} text */
export function countryCodes(text) {
  return list(text).map((code) => code.toUpperCase());
}

/** Whether the dates are known to the day or only to the month. @param {{ form: import('../components/form.js').Form }} props */
export function DatePrecisionField({ form }) {
  return html`<${Field} form=${form} name="datePrecision" type="select" label=${t('field.datePrecision')} options=${choices('datePrecision', ['day', 'month'])} />`;
}
