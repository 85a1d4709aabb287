import { api } from '../api.js';
import { Field, FormError, Submit, required, useForm } from './form.js';
import { Loading, useLoad } from './load.js';
import { html } from '../html.js';
import { LANGUAGES, currentLanguage, formatMoment, t } from '../i18n.js';

/**
 * @typedef {{ language: string, text: string, translatedBy: string, translatedAt: string }} Translation
 * @typedef {{ id: string, original: string, translations: Translation[], shown: { text: string, language: string | null, original: boolean } }} Translations
 */

/**
 * A recommendation's text or a forum's title in the reader's language, "(original)" when there is no translation in it;
 * whoever may (coordinators; the responsible stakeholder for a recommendation) adds or corrects a translation.
 * @param {{ kind: 'recommendations' | 'forums', id: string, mayTranslate: boolean }} props
 */
export function TranslationsPanel({ kind, id, mayTranslate }) {
  const field = kind === 'forums' ? 'title' : 'text';
  const load = (/** @type {string | null} */ minPosition) =>
    api('GET', `/${kind}/${id}/translations`, { query: { lang: currentLanguage(), ...(minPosition ? { minPosition } : {}) } }).then(
      (r) => /** @type {Translations} */ (r.body),
    );
  const state = useLoad(() => load(null), [kind, id, currentLanguage()]);
  const form = useForm({ language: currentLanguage() === 'en' ? 'ru' : currentLanguage(), [field]: '' });
  const save = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => required(v, [field]),
      async (v) => {
        const answer = await api('PUT', `/${kind}/${id}/translations/${v.language}`, { body: { [field]: v[field].trim() } });
        form.reset();
        state.replace(await load(answer.position));
      },
    );
  const shown = state.data?.shown;
  return html`<section class="panel" aria-labelledby=${`translations-${id}`}>
    <h2 id=${`translations-${id}`}>${t('translations.title')}</h2>
    <${Loading} state=${state} />
    ${
      shown &&
      html`<p class="translated" lang=${shown.language ?? undefined}>${shown.text}
        ${shown.original && html` <span class="muted">(${t('translations.original')})</span>`}</p>
      ${
        state.data?.translations.length
          ? html`<ul>${state.data.translations.map(
              (
                tr,
              ) => html`<li><strong>${LANGUAGES.find((l) => l.code === tr.language)?.name ?? tr.language}</strong>: <span lang=${tr.language}>${tr.text}</span>
                <span class="muted"> · ${formatMoment(tr.translatedAt)}</span></li>`,
            )}</ul>`
          : html`<p class="muted">${t('translations.none')}</p>`
      }`
    }
    ${
      mayTranslate &&
      html`<form id=${form.id} onSubmit=${save} novalidate>
        <${Field} form=${form} name="language" type="select" label=${t('translations.language')} options=${LANGUAGES.map((l) => [l.code, l.name])} />
        <${Field} form=${form} name=${field} type=${field === 'text' ? 'textarea' : 'text'} label=${t(field === 'text' ? 'translations.text' : 'translations.forumTitle')} />
        <${FormError} form=${form} />
        <${Submit} form=${form}>${t('translations.save')}<//>
      </form>`
    }
  </section>`;
}
