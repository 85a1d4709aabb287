import { useState } from 'preact/hooks';
import { download } from '../api.js';
import { html } from '../html.js';
import { formatDate, formatMoment, formatSize, label, t } from '../i18n.js';
import { describeRefusal } from './form.js';

/**
 * @typedef {{ revision: string, type: string, data: any, metadata: { actor?: { accountId?: string, role?: string, organisationId?: string | null },
 *   effectiveAt: string, recordedAt: string } }} TimelineEntry an event of a history, or a comment made to look like one
 * @typedef {Map<string, { name: string }>} Organisations
 * @typedef {{ sha256: string, name: string, mediaType: string, size: number }} EvidenceFile
 * @typedef {{ kind: string, title: string, url?: string, reference?: string, file?: EvidenceFile }} Evidence
 */

/** @param {Organisations} organisations @param {string | null | undefined} id */
function organisation(organisations, id) {
  return id ? (organisations.get(id)?.name ?? id) : '—';
}

/** @param {unknown} url */
function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * An uploaded file: a button that downloads it with the session's token (never opened in the page), its name,
 * size and the start of its SHA-256 (the whole hash on hover, to compare with a copy).
 * @param {{ recommendationId: string, title: string, file: EvidenceFile }} props
 */
function FileEvidence({ recommendationId, title, file }) {
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const fetchFile = () =>
    download(`/recommendations/${recommendationId}/evidence-files/${file.sha256}`).then(
      () => setError(null),
      (refusal) => setError(describeRefusal(refusal)),
    );
  return html`<span class="evidence-file">
    <button type="button" class="link" onClick=${fetchFile} aria-label=${t('evidence.download', { name: file.name })}>${title}</button>
    ${' '}(${file.name}, <span title=${`SHA-256 ${file.sha256}`}>${t('evidence.fileFacts', { size: formatSize(file.size), hash: file.sha256.slice(0, 12) })}</span>)
    ${error && html` <span class="form-error">${error}</span>`}
  </span>`;
}

/** @param {{ evidence?: Evidence[], recommendationId?: string }} props */
export function EvidenceList({ evidence, recommendationId }) {
  if (!evidence?.length) return null;
  return html`<ul class="evidence" aria-label=${t('field.evidence')}>
    ${evidence.map((item) => {
      if (item.file && recommendationId) {
        return html`<li><span class="evidence-kind">${label('evidenceKind', item.kind)}:</span>
          <${FileEvidence} recommendationId=${recommendationId} title=${item.title} file=${item.file} /></li>`;
      }
      const url = safeUrl(item.url);
      return html`<li>
        <span class="evidence-kind">${label('evidenceKind', item.kind)}:</span>
        ${url ? html` <a href=${url} target="_blank" rel="noopener noreferrer">${item.title}</a>` : html` ${item.title}`}
        ${item.reference && html` — ${item.reference}`}
      </li>`;
    })}
  </ul>`;
}

/** A corrected field's value as the page shows it. @param {string} field @param {unknown} value */
function shown(field, value) {
  if (Array.isArray(value)) return value.join(', ') || '—';
  if (field === 'priority') return label('priority', /** @type {string} */ (value));
  return value === null || value === undefined || value === '' ? '—' : String(value);
}

/** What the event says, in a line or two. @param {{ entry: TimelineEntry, organisations: Organisations, recommendationId?: string }} props */
function Details({ entry, organisations, recommendationId }) {
  const d = entry.data;
  switch (entry.type) {
    case 'question':
    case 'comment':
      return html`<p class="quote">${d.text}</p>`;
    case 'RecommendationProposed':
      return html`<p>${label('priority', d.priority)} · ${d.themes.join(', ')}${d.targetRegions.length ? ` · ${d.targetRegions.join(', ')}` : ''}${
        d.targetCountry ? ` · ${d.targetCountry}` : ''
      }${d.madeBy ? ` · ${d.madeBy}` : ''}</p>`;
    case 'RecommendationAssigned':
      return html`<p>${t('timeline.assignedTo', { organisation: organisation(organisations, d.responsibleOrganisationId), date: formatDate(d.dueDate) })}</p>`;
    case 'RecommendationReassigned':
      return html`<p>${t('timeline.reassigned', { from: organisation(organisations, d.previousOrganisationId), to: organisation(organisations, d.responsibleOrganisationId), date: formatDate(d.dueDate) })}</p>
        <p class="quote">${d.reason}</p>`;
    case 'RecommendationDueDateChanged':
      return html`<p>${t('timeline.dueDate', { from: formatDate(d.previousDueDate), to: formatDate(d.dueDate) })}</p><p class="quote">${d.reason}</p>`;
    case 'RecommendationProgressReported':
      return html`<p class="quote">${d.note}</p>${d.percentComplete !== null && html`<p>${t('timeline.percent', { percent: d.percentComplete })}</p>`}
        <${EvidenceList} evidence=${d.evidence} recommendationId=${recommendationId} />`;
    case 'RecommendationImplemented':
      return html`<p class="quote">${d.summary}</p><${EvidenceList} evidence=${d.evidence} recommendationId=${recommendationId} />`;
    case 'RecommendationCorrected':
      return html`<ul class="corrections">
          ${Object.keys(d.changed).map(
            (field) =>
              html`<li>${t('timeline.corrected', { field: t(`contentField.${field}`), from: shown(field, d.previous[field]), to: shown(field, d.changed[field]) })}</li>`,
          )}
        </ul>
        <p class="quote">${d.reason}</p>`;
    case 'RecommendationImplementationVerified':
      return d.note || d.evidence?.length
        ? html`${d.note && html`<p class="quote">${d.note}</p>`}<${EvidenceList} evidence=${d.evidence} recommendationId=${recommendationId} />`
        : null;
    case 'RecommendationImplementationDisputed':
      return html`<p class="quote">${d.reason}</p><${EvidenceList} evidence=${d.evidence} recommendationId=${recommendationId} />`;
    default:
      return d.reason ? html`<p class="quote">${d.reason}</p>` : null;
  }
}

/**
 * Every event of a recommendation: what happened, who did it (role and organisation, or the person when known),
 * when it happened in the world and when it was recorded, and the evidence.
 * @param {{ entries: TimelineEntry[], organisations: Organisations, people?: Map<string, string>, label?: string, recommendationId?: string }} props
 */
export function Timeline({ entries, organisations, people = new Map(), label: heading, recommendationId }) {
  return html`<ol class="timeline" aria-label=${heading ?? t('timeline.title')}>
    ${entries.map((entry) => {
      const actor = entry.metadata.actor ?? {};
      const who = [
        actor.accountId && people.get(actor.accountId),
        label('role', actor.role),
        actor.organisationId ? organisation(organisations, actor.organisationId) : null,
      ]
        .filter(Boolean)
        .join(' · ');
      const late = entry.metadata.effectiveAt.slice(0, 16) !== entry.metadata.recordedAt.slice(0, 16);
      return html`<li key=${entry.revision} class="event">
        <p class="event-title"><strong>${label('event', entry.type)}</strong></p>
        <p class="meta">
          <span>${t('timeline.by', { who })}</span><br />
          <span>${t('timeline.happened', { when: formatMoment(entry.metadata.effectiveAt) })}</span>
          · <span class=${late ? 'late' : undefined}>${t('timeline.recorded', { when: formatMoment(entry.metadata.recordedAt) })}</span>
        </p>
        <${Details} entry=${entry} organisations=${organisations} recommendationId=${recommendationId} />
      </li>`;
    })}
  </ol>`;
}
