import { useState } from 'preact/hooks';
import { ApiError, api, get } from '../api.js';
import { describeRefusal } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { ReportDownloads } from '../components/report-downloads.js';
import { TranslationsPanel } from '../components/translations-panel.js';
import { OverdueBadge, StatusBadge } from '../components/status.js';
import { CommentForm, loadComments, withComments } from '../components/comments.js';
import { EvidenceList, Timeline } from '../components/timeline.js';
import { loadOrganisations } from '../directory.js';
import { html } from '../html.js';
import { formatDate, label, t } from '../i18n.js';
import { href } from '../router.js';
import { RecommendationActions, offeredActions } from './recommendation-actions.js';
import { RepeatsPanel } from '../components/repeats-panel.js';
import { OTHER_TAGS, TAG_VOCABULARIES, termLabels, useVocabularies } from '../components/terms.js';

/**
 * @typedef {import('../session.js').Session} Session
 * @typedef {import('../components/timeline.js').TimelineEntry} TimelineEntry
 */

/** @param {{ dueDate: string | null, status: string }} r */
function daysOverdue(r) {
  if (!r.dueDate || !['assigned', 'accepted', 'in_progress'].includes(r.status)) return 0;
  return Math.max(0, Math.floor((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse(r.dueDate)) / 86_400_000));
}

/** @param {string} id @param {Session} session */
async function loadPage(id, session) {
  const [recommendation, organisations, people] = await Promise.all([
    api('GET', `/recommendations/${id}`),
    loadOrganisations(),
    session.principal.role === 'coordinator'
      ? get('/accounts', { pageSize: 200 }).then((r) => new Map(r.body.items.map((/** @type {{ id: string, name: string }} */ a) => [a.id, a.name])))
      : new Map(),
  ]);
  return { recommendation: recommendation.body, revision: recommendation.revision, organisations, people };
}

/**
 * @typedef {{ action: string, body: object, revision: string | null, changes: TimelineEntry[], error?: string }} Conflict
 */

/**
 * Someone else changed the recommendation between reading and writing (412): what they did, and the
 * choice to send the change again on top of it, or to leave it.
 * @param {{ conflict: Conflict, organisations: import('../components/timeline.js').Organisations, people: Map<string, string>,
 *   onRetry: () => void, onDiscard: () => void }} props
 */
function ConflictNotice({ conflict, organisations, people, onRetry, onDiscard }) {
  return html`<section class="conflict" aria-labelledby="conflict-title">
    <h2 id="conflict-title" tabindex="-1">${t('conflict.title')}</h2>
    <p>${t('conflict.intro')}</p>
    <${Timeline} entries=${conflict.changes} organisations=${organisations} people=${people} label=${t('conflict.changes')} />
    ${conflict.error && html`<p class="form-error">${conflict.error}</p>`}
    <div class="filter-actions">
      <button type="button" class="primary" onClick=${onRetry}>${t('conflict.retry', { action: t(`action.${conflict.action}`) })}</button>
      <button type="button" onClick=${onDiscard}>${t('conflict.discard')}</button>
    </div>
  </section>`;
}

/** @param {{ id: string, session: Session }} props */
export function RecommendationPage({ id, session }) {
  const state = useLoad(() => loadPage(id, session), [id]);
  const vocabularies = useVocabularies();
  const comments = useLoad(() => loadComments(id), [id]);
  const mayComment = ['coordinator', 'stakeholder', 'donor'].includes(session.principal.role);
  const [done, setDone] = useState('');
  const [conflict, setConflict] = useState(/** @type {Conflict | null} */ (null));

  /**
   * Sends a command with the revision we read (If-Match); answers 'done' or 'conflict'; other refusals throw.
   * @param {string} action @param {object} body @param {string | null} [revision]
   */
  async function send(action, body, revision = state.data?.revision) {
    try {
      await api('POST', `/recommendations/${id}/${action}`, { body, ifMatch: revision });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 412)) throw error;
      const fresh = await api('GET', `/recommendations/${id}`);
      const changes = fresh.body.history.filter((/** @type {TimelineEntry} */ entry) => Number(entry.revision) > Number(revision));
      setConflict({ action, body, revision: fresh.revision, changes });
      state.replace(await loadPage(id, session));
      requestAnimationFrame(() => document.getElementById('conflict-title')?.focus());
      return 'conflict';
    }
    // The new state and the confirmation appear together, so the next click meets the buttons it sees.
    state.replace(await loadPage(id, session));
    setConflict(null);
    setDone(t('done', { action: t(`action.${action}`) }));
    return 'done';
  }

  async function retry() {
    if (!conflict) return;
    try {
      await send(conflict.action, conflict.body, conflict.revision);
    } catch (error) {
      setConflict({ ...conflict, error: describeRefusal(error) });
    }
  }

  if (!state.data) return html`<section><h1 tabindex="-1">${t('recommendation.title')}</h1><${Loading} state=${state} /></section>`;
  const { recommendation: r, organisations, people } = state.data;
  const organisation = (/** @type {string} */ orgId) => organisations.get(orgId)?.name ?? orgId;
  const actions = offeredActions(r.allowedActions);
  return html`<section class="recommendation">
    <p class="breadcrumb"><a href=${href(`/forums/${r.forumId}`)}>${t('recommendation.forum')}</a></p>
    <h1 tabindex="-1">${r.text}</h1>
    <dl class="facts">
      <div><dt>${t('field.status')}</dt><dd><${StatusBadge} status=${r.status} /></dd></div>
      <div><dt>${t('field.responsible')}</dt><dd>${r.responsibleOrganisationId ? organisation(r.responsibleOrganisationId) : '—'}</dd></div>
      <div><dt>${t('field.dueDate')}</dt><dd>${formatDate(r.dueDate)} <${OverdueBadge} days=${daysOverdue(r)} /></dd></div>
      <div><dt>${t('field.priority')}</dt><dd>${label('priority', r.priority)}</dd></div>
      <div><dt>${t('field.themes')}</dt><dd>${termLabels(vocabularies, 'themes', r.themes)}</dd></div>
      <div><dt>${t('field.regions')}</dt><dd>${termLabels(vocabularies, 'regions', r.targetRegions) || t('recommendation.nationwide')}</dd></div>
      ${OTHER_TAGS.map(
        (field) =>
          r[field]?.length > 0 && html`<div><dt>${t(`field.${field}`)}</dt><dd>${termLabels(vocabularies, TAG_VOCABULARIES[field], r[field])}</dd></div>`,
      )}
      ${r.targetCountry && html`<div><dt>${t('field.targetCountry')}</dt><dd>${r.targetCountry}</dd></div>`}
      ${r.madeBy && html`<div><dt>${t('field.madeBy')}</dt><dd>${r.madeBy}</dd></div>`}
      ${r.percentComplete !== null && html`<div><dt>${t('field.percentComplete')}</dt><dd>${r.percentComplete}%</dd></div>`}
    </dl>
    ${
      r.implementation &&
      html`<section class="panel" aria-labelledby="claim"><h2 id="claim">${t('recommendation.claim')}</h2><p>${r.implementation.summary}</p>
      <${EvidenceList} evidence=${r.implementation.evidence} recommendationId=${id} /></section>`
    }
    <${TranslationsPanel} kind="recommendations" id=${id} mayTranslate=${session.principal.role === 'coordinator' || (session.principal.role === 'stakeholder' && session.principal.organisationId === r.responsibleOrganisationId)} />
    ${done && html`<p class="done" role="status">${done}</p>`}
    ${
      conflict &&
      html`<${ConflictNotice} conflict=${conflict} organisations=${organisations} people=${people} onRetry=${retry} onDiscard=${() => setConflict(null)} />`
    }
    <section class="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">${t('actions.title')}</h2>
      <${RecommendationActions} actions=${actions} send=${send} organisations=${organisations} recommendation=${r} />
    </section>
    <section class="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">${t('timeline.title')}</h2>
      <${Timeline} entries=${withComments(r.history, comments.data ?? [])} organisations=${organisations} people=${people} recommendationId=${id} />
      ${mayComment && html`<${CommentForm} recommendationId=${id} onAdded=${comments.reload} />`}
    </section>
    <${RepeatsPanel} recommendationId=${id} session=${session} />
    <section class="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">${t('report.auditTrail')}</h2>
      <${ReportDownloads} path=${`/reports/recommendations/${id}/audit-trail`} title=${t('report.auditTrail')} />
    </section>
  </section>`;
}
