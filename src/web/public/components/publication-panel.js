import { api } from '../api.js';
import { Field, FormError, Submit, useForm } from './form.js';
import { Loading, useLoad } from './load.js';
import { html } from '../html.js';
import { t } from '../i18n.js';

/** The licences the server accepts (src/portal/publication.events.ts), the default first. */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0'];

/**
 * A coordinator publishes the forum on the public portal under a licence, or takes it off with a reason.
 * @param {{ forumId: string }} props
 */
export function PublicationPanel({ forumId }) {
  const state = useLoad(() => api('GET', `/forums/${forumId}/publication`).then((r) => r.body), [forumId]);
  const publishing = useForm({ licence: LICENCES[0] });
  const unpublishing = useForm({ reason: '' });
  const published = state.data?.status === 'published';
  const publish = (/** @type {Event} */ event) =>
    publishing.submit(
      event,
      () => ({}),
      async (v) => (await api('POST', `/forums/${forumId}/publication`, { body: { licence: v.licence } }), state.reload()),
    );
  const unpublish = (/** @type {Event} */ event) =>
    unpublishing.submit(
      event,
      () => ({}),
      async (v) => (
        await api('POST', `/forums/${forumId}/publication/unpublish`, { body: v.reason.trim() ? { reason: v.reason.trim() } : {} }),
        unpublishing.reset(),
        state.reload()
      ),
    );
  return html`<section class="panel" aria-labelledby="forum-publication">
    <h2 id="forum-publication">${t('publication.title')}</h2>
    <${Loading} state=${state} />
    ${
      state.data &&
      html`<p role="status">${published ? t('publication.published', { licence: state.data.licence }) : t('publication.notPublished')}
        ${published && html` <a href=${`/portal/forums/${forumId}`} target="_blank" rel="noopener">${t('publication.view')}</a>`}</p>
      <form id=${publishing.id} onSubmit=${publish} novalidate>
        <${Field} form=${publishing} name="licence" type="select" label=${t('publication.licence')} options=${LICENCES.map((l) => [l, l])} />
        <${FormError} form=${publishing} />
        <${Submit} form=${publishing}>${published ? t('publication.republish') : t('publication.publish')}<//>
      </form>
      ${
        published &&
        html`<form id=${unpublishing.id} onSubmit=${unpublish} novalidate>
        <${Field} form=${unpublishing} name="reason" label=${t('publication.reason')} />
        <${FormError} form=${unpublishing} />
        <${Submit} form=${unpublishing}>${t('publication.unpublish')}<//>
      </form>`
      }`
    }
  </section>`;
}
