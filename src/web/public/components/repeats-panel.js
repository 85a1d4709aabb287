import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { describeRefusal } from './form.js';
import { Loading, useLoad } from './load.js';
import { html } from '../html.js';
import { formatDate, label, t } from '../i18n.js';
import { href } from '../router.js';

/**
 * @typedef {{ id: string, text: string, forumTitle: string, proposedAt: string, status: string, similarity?: number }} Earlier
 */

/** After a link or unlink, its position: the lists wait until they include it. @param {string} id @param {string | null} minPosition */
async function loadRepeats(id, minPosition) {
  const query = minPosition ? { minPosition } : {};
  const [linked, suggested] = await Promise.all([
    api('GET', `/recommendations/${id}/repeats`, { query }),
    api('GET', `/recommendations/${id}/repeat-suggestions`, { query }),
  ]);
  return { linked: /** @type {Earlier[]} */ (linked.body.earlier), suggested: /** @type {Earlier[]} */ (suggested.body) };
}

/** @param {{ item: Earlier, action: string, onClick: () => void, busy: boolean }} props */
function EarlierItem({ item, action, onClick, busy }) {
  return html`<li>
    <a href=${href(`/recommendations/${item.id}`)}>${item.text}</a>
    <span class="muted"> — ${item.forumTitle}, ${formatDate(item.proposedAt.slice(0, 10))}, ${label('status', item.status)}</span>
    ${item.similarity !== undefined && html`<span class="muted"> (${t('repeats.similarity', { value: Math.round(item.similarity * 100) })})</span>`}
    <button type="button" disabled=${busy} onClick=${onClick}>${action}</button>
  </li>`;
}

/**
 * For coordinators: the earlier recommendations this one repeats, with Unlink, and likely repeats to link.
 * @param {{ recommendationId: string, session: import('../session.js').Session }} props
 */
export function RepeatsPanel({ recommendationId, session }) {
  if (session.principal.role !== 'coordinator') return null;
  return html`<${Repeats} recommendationId=${recommendationId} />`;
}

/** @param {{ recommendationId: string }} props */
function Repeats({ recommendationId }) {
  const [position, setPosition] = useState(/** @type {string | null} */ (null));
  const state = useLoad(() => loadRepeats(recommendationId, position), [recommendationId, position]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const send = async (/** @type {string} */ path, /** @type {object} */ body) => {
    setBusy(true);
    setError('');
    try {
      const answer = await api('POST', path, { body });
      if (answer.position === position) state.reload();
      else setPosition(answer.position);
    } catch (failure) {
      setError(describeRefusal(failure));
    } finally {
      setBusy(false);
    }
  };
  const link = (/** @type {string} */ earlierId) => send(`/recommendations/${recommendationId}/repeats`, { earlierId });
  const unlink = (/** @type {string} */ earlierId) => send(`/recommendations/${recommendationId}/repeats/${earlierId}/unlink`, {});
  return html`<section class="panel" aria-labelledby="repeats-title">
    <h2 id="repeats-title">${t('repeats.title')}</h2>
    <p><a href=${href('/recurrence')}>${t('nav.recurrence')}</a></p>
    <${Loading} state=${state} />
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${
      state.data &&
      html`<h3>${t('repeats.linked')}</h3>
      ${
        state.data.linked.length
          ? html`<ul class="repeats">${state.data.linked.map((item) => html`<${EarlierItem} item=${item} action=${t('repeats.unlink')} busy=${busy} onClick=${() => unlink(item.id)} />`)}</ul>`
          : html`<p>${t('repeats.noneLinked')}</p>`
      }
      <h3>${t('repeats.suggested')}</h3>
      ${
        state.data.suggested.length
          ? html`<ul class="repeats">${state.data.suggested.map((item) => html`<${EarlierItem} item=${item} action=${t('repeats.link')} busy=${busy} onClick=${() => link(item.id)} />`)}</ul>`
          : html`<p>${t('repeats.noneSuggested')}</p>`
      }`
    }
  </section>`;
}
