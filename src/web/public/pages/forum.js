import { useState } from 'preact/hooks';
import { api, get, idempotencyKeyFor } from '../api.js';
import { DueDateField, Field, FormError, Submit, choices, required, useForm } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { Pager } from '../components/pager.js';
import { PublicationPanel } from '../components/publication-panel.js';
import { RecommendationCards } from '../components/recommendation-cards.js';
import { ReportDownloads } from '../components/report-downloads.js';
import { TranslationsPanel } from '../components/translations-panel.js';
import { forgetOrganisations, loadOrganisations } from '../directory.js';
import { html } from '../html.js';
import { formatForumDates, label, t } from '../i18n.js';
import { OrganisationChoice } from './recommendation-actions.js';
import { DatePrecisionField, ProposalFields, countryCodes } from './record-forum.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {import('../components/recommendation-cards.js').RecommendationItem} RecommendationItem
 * @typedef {{ recommendations: string, themes: string[], targetRegions: string[], sdgTargets: string[], cedawAreas: string[], mechanisms: string[],
 *   priority: string, targetCountry?: string, madeBy?: string }} ProposalValues the tags as arrays of codes
 */

export const PRIORITIES = ['high', 'medium', 'low'];
/** A proposal form's tags before any is chosen. */
export const NO_TAGS = { themes: [], targetRegions: [], sdgTargets: [], cedawAreas: [], mechanisms: [] };
const PAGE_SIZE = 20;
/** The recommendations typed one per line, as proposals sharing themes, regions, priority, target country and who made them. @param {ProposalValues} values */
export function proposalsFrom(values) {
  const lines = values.recommendations
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const targetCountry = values.targetCountry?.trim().toUpperCase();
  const madeBy = values.madeBy?.trim();
  const optional = { ...(targetCountry ? { targetCountry } : {}), ...(madeBy ? { madeBy } : {}) };
  const { themes, targetRegions, sdgTargets, cedawAreas, mechanisms } = values;
  return lines.map((text) => ({ text, themes, targetRegions, sdgTargets, cedawAreas, mechanisms, priority: values.priority, ...optional }));
}

/** @param {ProposalValues} values @returns {Record<string, string>} */
export function checkProposals(values) {
  const lines = values.recommendations
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const short = lines.findIndex((line) => line.length < 10);
  return {
    ...(short >= 0 ? { recommendations: t('forum.lineTooShort', { line: short + 1 }) } : {}),
    ...(lines.length && !values.themes.length ? { themes: t('forum.themesNeeded') } : {}),
  };
}

/** @param {{ forumId: string, onAdded: (position: string | null | undefined) => void }} props */
function AddRecommendations({ forumId, onAdded }) {
  const form = useForm({ recommendations: '', ...NO_TAGS, priority: 'medium', targetCountry: '', madeBy: '' });
  // One key per batch and proposal: sending a batch again after a refusal halfway proposes each recommendation
  // once, and a proposal edited in between goes under a new key.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const add = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => ({ ...required(v, ['recommendations']), ...checkProposals(v) }),
      async (v) => {
        let position;
        for (const [index, proposal] of proposalsFrom(v).entries()) {
          ({ position } = await api('POST', `/forums/${forumId}/recommendations`, {
            body: proposal,
            idempotencyKey: idempotencyKeyFor(`proposal-${key}-${index}`, proposal),
          }));
        }
        form.setValues({ ...v, recommendations: '' });
        setKey(crypto.randomUUID());
        onAdded(position);
      },
    );
  return html`<form id=${form.id} onSubmit=${add} novalidate class="panel" aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('forum.addRecommendations')}</h2>
    <${ProposalFields} form=${form} />
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('forum.addRecommendations')}<//>
  </form>`;
}

/**
 * Assigns every selected recommendation still waiting for one to the same organisation and due date.
 * @param {{ selected: Set<string>, items: RecommendationItem[], organisations: Map<string, import('../directory.js').OrganisationEntry>,
 *   onAssigned: (position: string | null | undefined) => void }} props
 */
function AssignSelected({ selected, items, organisations, onAssigned }) {
  const form = useForm({ responsibleOrganisationId: '', dueDate: '' });
  const proposed = items.filter((item) => selected.has(item.id) && item.status === 'proposed');
  const assign = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => ({ ...required(v, ['responsibleOrganisationId', 'dueDate']), ...(proposed.length ? {} : { _form: t('forum.selectProposed') }) }),
      async (v) => {
        let position;
        for (const item of proposed) ({ position } = await api('POST', `/recommendations/${item.id}/assign`, { body: v }));
        onAssigned(position);
      },
    );
  return html`<form id=${form.id} onSubmit=${assign} novalidate class="panel" aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('forum.assignSelected', { n: proposed.length })}</h2>
    <${OrganisationChoice} form=${form} name="responsibleOrganisationId" organisations=${organisations} />
    <${DueDateField} form=${form} />
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('forum.assign')}<//>
  </form>`;
}

const FORUM_KINDS = ['conference', 'roundtable', 'national_forum', 'study_tour', 'meeting', 'training'];

/** The details as the edit form holds them (numbers and lists as text). @param {any} f @returns {Record<string, string>} */
function detailsOf(f) {
  return {
    title: f.title,
    kind: f.kind,
    startDate: f.startDate,
    endDate: f.endDate,
    datePrecision: f.datePrecision ?? 'day',
    countriesVisited: (f.countriesVisited ?? []).join(', '),
    programme: f.programme ?? '',
    participants: f.participants === null ? '' : String(f.participants),
    sourceReference: f.sourceReference ?? '',
  };
}

/** Only the details edited, for CorrectForumDetails (an emptied optional detail is cleared). @param {any} v @param {any} f */
function forumChanges(v, f) {
  const before = detailsOf(f);
  /** @type {Record<string, unknown>} */
  const changes = {};
  for (const field of ['title', 'kind', 'startDate', 'endDate', 'datePrecision'])
    if (String(v[field]).trim() !== before[field]) changes[field] = String(v[field]).trim();
  for (const field of ['programme', 'sourceReference']) if (v[field].trim() !== before[field]) changes[field] = v[field].trim() || null;
  if (String(v.participants) !== before.participants) changes.participants = v.participants === '' ? null : Number(v.participants);
  if (countryCodes(v.countriesVisited).join(', ') !== before.countriesVisited) changes.countriesVisited = countryCodes(v.countriesVisited);
  return changes;
}

/** A coordinator corrects the forum's details, with a reason (CorrectForumDetails). @param {{ forum: any, onSaved: (position: string | null | undefined) => void, onClose: () => void }} props */
function EditForumDetails({ forum, onSaved, onClose }) {
  const form = useForm({ ...detailsOf(forum), reason: '' });
  const save = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => required(v, ['title', 'startDate', 'endDate', 'reason']),
      async (v) => {
        const { position } = await api('POST', `/forums/${forum.id}/corrections`, {
          body: { ...forumChanges(v, forum), reason: v.reason.trim() },
          ifMatch: forum.revision,
        });
        onSaved(position);
      },
    );
  return html`<form id=${form.id} onSubmit=${save} novalidate class="panel" aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('forum.editDetails')}</h2>
    <${Field} form=${form} name="title" label=${t('field.title')} />
    <${Field} form=${form} name="kind" type="select" label=${t('field.forumKind')} options=${choices('forumKind', FORUM_KINDS)} />
    <div class="row">
      <${Field} form=${form} name="startDate" type="date" label=${t('field.startDate')} />
      <${Field} form=${form} name="endDate" type="date" label=${t('field.endDate')} />
      <${DatePrecisionField} form=${form} />
    </div>
    <${Field} form=${form} name="countriesVisited" label=${t('field.countriesVisited')} hint=${t('field.countriesVisitedHint')} />
    <${Field} form=${form} name="programme" label=${t('field.programme')} />
    <${Field} form=${form} name="participants" type="number" min="0" label=${t('field.participants')} />
    <${Field} form=${form} name="sourceReference" label=${t('field.sourceReference')} />
    <${Field} form=${form} name="reason" type="textarea" label=${t('field.reason')} />
    <${FormError} form=${form} />
    <div class="filter-actions">
      <${Submit} form=${form}>${t('forum.editDetails')}<//>
      <button type="button" onClick=${onClose}>${t('action.cancel')}</button>
    </div>
  </form>`;
}

/** @param {import('../session.js').PageProps & { id: string }} props */
export function ForumPage({ id, session, query }) {
  const coordinator = session.principal.role === 'coordinator';
  const [page, setPage] = useState(1);
  const [minPosition, setMinPosition] = useState(/** @type {string | null | undefined} */ (query.position));
  const [selected, setSelected] = useState(() => /** @type {Set<string>} */ (new Set()));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const forum = useLoad(() => Promise.all([api('GET', `/forums/${id}`).then((r) => r.body), loadOrganisations()]), [id, saved]);
  const recommendations = useLoad(
    () => get('/recommendations', { forumId: id, page, pageSize: PAGE_SIZE, minPosition, sort: 'proposedAt' }).then((r) => r.body),
    [id, page, minPosition],
  );
  const changed = (/** @type {string | null | undefined} */ position) => (setSelected(new Set()), setMinPosition(position), forgetOrganisations());
  const toggle = (/** @type {string} */ itemId) => setSelected((s) => (s.has(itemId) ? (s.delete(itemId), new Set(s)) : new Set(s.add(itemId))));
  if (!forum.data) return html`<section><h1 tabindex="-1">${t('forum.title')}</h1><${Loading} state=${forum} /></section>`;
  const [f, organisations] = forum.data;
  /** @type {RecommendationItem[]} */
  const items = recommendations.data?.items ?? [];
  const proposedHere = items.filter((item) => item.status === 'proposed');
  return html`<section>
    <h1 tabindex="-1">${f.title}</h1>
    <dl class="facts">
      <div><dt>${t('field.forumKind')}</dt><dd>${label('forumKind', f.kind)}</dd></div>
      <div><dt>${t('field.dates')}</dt><dd>${formatForumDates(f)}</dd></div>
      <div><dt>${t('field.place')}</dt><dd>${[f.location.district, f.location.region, f.location.country].filter(Boolean).join(', ')}</dd></div>
      ${f.countriesVisited?.length > 0 && html`<div><dt>${t('field.countriesVisited')}</dt><dd>${f.countriesVisited.join(', ')}</dd></div>`}
      <div><dt>${t('field.organisers')}</dt><dd>${f.organisers.map((/** @type {{ name: string }} */ o) => o.name).join(', ')}</dd></div>
      <div><dt>${t('field.funders')}</dt><dd>${f.funders.map((/** @type {string} */ d) => organisations.get(d)?.name ?? d).join(', ') || '—'}</dd></div>
      ${f.participants !== null && html`<div><dt>${t('field.participants')}</dt><dd>${f.participants}</dd></div>`}
    </dl>
    ${saved && html`<p class="done" role="status">${t('forum.detailsSaved')}</p>`}
    ${coordinator && !editing && html`<p class="actions"><button type="button" onClick=${() => setEditing(true)}>${t('forum.editDetails')}</button></p>`}
    ${
      coordinator &&
      editing &&
      html`<${EditForumDetails}
        forum=${f}
        onSaved=${(/** @type {string | null | undefined} */ position) => (setEditing(false), setSaved(true), changed(position))}
        onClose=${() => setEditing(false)}
      />`
    }
    <section class="panel" aria-labelledby="forum-recommendations">
      <h2 id="forum-recommendations">${t('forum.recommendations')}${recommendations.data && html` <span class="count">(${recommendations.data.total})</span>`}</h2>
      <${Loading} state=${recommendations} />
      ${
        recommendations.data &&
        html`${
          coordinator &&
          proposedHere.length > 1 &&
          html`<div class="field checkbox select-all">
          <input type="checkbox" id="select-all-proposed" checked=${proposedHere.every((item) => selected.has(item.id))}
            onChange=${(/** @type {ControlEvent} */ e) => setSelected(new Set(e.currentTarget.checked ? proposedHere.map((item) => item.id) : []))} />
          <label for="select-all-proposed">${t('forum.selectAll', { n: proposedHere.length })}</label>
        </div>`
        }
        <${RecommendationCards} items=${items} showForum=${false} select=${coordinator ? { selected, toggle } : undefined} />
        <${Pager} page=${page} pageSize=${PAGE_SIZE} total=${recommendations.data.total} onPage=${setPage} />`
      }
    </section>
    ${
      coordinator &&
      html`<div class="columns">
      <${AssignSelected} selected=${selected} items=${items} organisations=${organisations} onAssigned=${changed} />
      <${AddRecommendations} forumId=${id} onAdded=${changed} />
    </div>`
    }
    ${coordinator && html`<${PublicationPanel} forumId=${id} />`}
    <${TranslationsPanel} kind="forums" id=${id} mayTranslate=${coordinator} />
    <section class="panel" aria-labelledby="forum-report">
      <h2 id="forum-report">${t('report.forum')}</h2>
      <${ReportDownloads} path=${`/reports/forums/${id}/follow-through`} title=${t('report.forum')} />
    </section>
  </section>`;
}
