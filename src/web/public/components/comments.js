import { api, get, idempotencyKeyFor } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { Field, FormError, Submit, choices, required, useForm } from './form.js';
import { useMemo } from 'preact/hooks';

/**
 * Comments and questions as timeline entries, so that the timeline shows them where they were written.
 * @param {string} recommendationId @returns {Promise<import('./timeline.js').TimelineEntry[]>}
 */
export async function loadComments(recommendationId) {
  /** @type {{ id: string, kind: string, text: string, actor: object, recordedAt: string }[]} */
  const comments = (await get(`/recommendations/${recommendationId}/comments`)).body;
  return comments.map((c) => ({
    revision: `comment-${c.id}`,
    type: c.kind,
    data: { text: c.text },
    metadata: { actor: c.actor, effectiveAt: c.recordedAt, recordedAt: c.recordedAt },
  }));
}

/**
 * The recommendation's own history and its comments, in the order they were recorded.
 * @param {import('./timeline.js').TimelineEntry[]} history @param {import('./timeline.js').TimelineEntry[]} comments
 */
export function withComments(history, comments) {
  return [...history, ...comments].sort((a, b) => (a.metadata.recordedAt < b.metadata.recordedAt ? -1 : a.metadata.recordedAt > b.metadata.recordedAt ? 1 : 0));
}

/**
 * Ask a question or comment without disputing anything; the recommendation itself does not change.
 * @param {{ recommendationId: string, onAdded: () => void }} props
 */
export function CommentForm({ recommendationId, onAdded }) {
  const scope = useMemo(() => crypto.randomUUID(), []);
  const form = useForm({ kind: 'question', text: '' });
  const send = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => required(v, ['text']),
      async (v) => {
        const body = { kind: v.kind, text: v.text.trim() };
        await api('POST', `/recommendations/${recommendationId}/comments`, { body, idempotencyKey: idempotencyKeyFor(`comment-${scope}`, body) });
        form.setValues({ ...v, text: '' });
        onAdded();
      },
    );
  return html`<form id=${form.id} onSubmit=${send} novalidate class="comment-form" aria-labelledby=${`${form.id}-title`}>
    <h3 id=${`${form.id}-title`}>${t('comments.title')}</h3>
    <${Field} form=${form} name="kind" type="select" label=${t('comments.kind')} options=${choices('event', ['question', 'comment'])} />
    <${Field} form=${form} name="text" type="textarea" label=${t('comments.text')} hint=${t('comments.hint')} />
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('comments.send')}<//>
  </form>`;
}
