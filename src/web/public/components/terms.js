import { useEffect, useState } from 'preact/hooks';
import { get } from '../api.js';
import { html } from '../html.js';
import { currentLanguage, t } from '../i18n.js';

/**
 * @typedef {{ code: string, labels: { en: string, ru: string, tg: string }, parent: string | null, retired: boolean }} Term
 * @typedef {Record<string, Term[]>} Vocabularies the terms of each vocabulary, by its kind (GET /vocabularies)
 * @typedef {import('./form.js').Form} Form
 */

/** Each tag field of a recommendation and the vocabulary its codes come from. */
export const TAG_VOCABULARIES = { themes: 'themes', targetRegions: 'regions', sdgTargets: 'sdgTargets', cedawAreas: 'cedawAreas', mechanisms: 'mechanisms' };
/** The tag fields a recommendation may have none of, beyond themes and regions. */
export const OTHER_TAGS = /** @type {const} */ (['sdgTargets', 'cedawAreas', 'mechanisms']);

/** @type {Promise<Vocabularies> | null} */
let loading = null;

/** The vocabularies, read once a session (again when `fresh`, say after a coordinator changed one). @param {boolean} [fresh] */
export function loadVocabularies(fresh = false) {
  if (!loading || fresh) {
    loading = get('/vocabularies').then((r) => /** @type {Vocabularies} */ (r.body));
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** The vocabularies once loaded; null until then (tags show as their codes meanwhile). */
export function useVocabularies() {
  const [vocabularies, setVocabularies] = useState(/** @type {Vocabularies | null} */ (null));
  useEffect(() => {
    let current = true;
    loadVocabularies().then(
      (loaded) => current && setVocabularies(loaded),
      () => {},
    );
    return () => (current = false);
  }, []);
  return vocabularies;
}

/** @param {Term} term */
const labelOf = (term) => term.labels[currentLanguage()] || term.labels.en;

/**
 * A tag in the reader's language; a code no vocabulary holds (free text recorded before them) as the code, marked.
 * @param {Vocabularies | null} vocabularies @param {string} kind @param {string} code
 */
export function termLabel(vocabularies, kind, code) {
  if (!vocabularies) return code;
  const term = vocabularies[kind]?.find((candidate) => candidate.code === code);
  return term ? labelOf(term) : t('tags.unknown', { code });
}

/** @param {Vocabularies | null} vocabularies @param {string} kind @param {string[]} codes */
export const termLabels = (vocabularies, kind, codes) => codes.map((code) => termLabel(vocabularies, kind, code)).join(', ');

/** A term's depth under its parents, for indenting districts under their region. @param {Term[]} terms @param {Term} term */
function depthOf(terms, term) {
  let depth = 0;
  for (let parent = term.parent; parent && depth < 5; depth++) parent = terms.find((candidate) => candidate.code === parent)?.parent ?? null;
  return depth;
}

/**
 * [code, label] pairs of a vocabulary's current terms, districts indented under their region; the codes in `keep`
 * (what a recommendation already holds, retired or free text) are offered too, so that a correction keeps them.
 * @param {Vocabularies | null} vocabularies @param {string} kind @param {string[]} [keep]
 */
export function termChoices(vocabularies, kind, keep = []) {
  const terms = vocabularies?.[kind] ?? [];
  const offered = terms.filter((term) => !term.retired || keep.includes(term.code));
  const pairs = offered.map((term) => [term.code, `${'\u2003'.repeat(depthOf(terms, term))}${labelOf(term)}`]);
  const unknown = keep.filter((code) => !terms.some((term) => term.code === code)).map((code) => [code, termLabel(vocabularies, kind, code)]);
  return [...pairs, ...unknown];
}

/**
 * A labelled multiple choice of a vocabulary's terms; the form holds the codes chosen (an array).
 * @param {{ form: Form, name: string, kind: string, label: string, vocabularies: Vocabularies | null, hint?: string }} props
 */
export function TermsField({ form, name, kind, label, vocabularies, hint }) {
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  /** @type {string[]} */
  const chosen = form.value(name) ?? [];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const onChange = (/** @type {Event & { currentTarget: HTMLSelectElement }} */ event) =>
    form.set(
      name,
      [...event.currentTarget.selectedOptions].map((option) => option.value),
    );
  return html`<div class=${`field${error ? ' invalid' : ''}`}>
    <label for=${id}>${label}</label>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    <select id=${id} name=${name} multiple size="6" aria-invalid=${error ? 'true' : undefined} aria-describedby=${describedBy} onChange=${onChange}>
      ${termChoices(vocabularies, kind, chosen).map(([code, text]) => html`<option value=${code} selected=${chosen.includes(code)}>${text}</option>`)}
    </select>
    ${error && html`<p class="field-error" id=${`${id}-error`}>${error}</p>`}
  </div>`;
}

/**
 * The five tag fields of a recommendation's form (themes, regions, SDG targets, CEDAW areas, mechanisms), each a
 * choice of its vocabulary's terms; the form holds arrays of codes under the API's names.
 * @param {{ form: Form }} props
 */
export function TagFields({ form }) {
  const vocabularies = useVocabularies();
  const several = t('field.chooseSeveral');
  return html`<${TermsField} form=${form} name="themes" kind="themes" label=${t('field.themes')} vocabularies=${vocabularies} hint=${several} />
    <${TermsField} form=${form} name="targetRegions" kind="regions" label=${t('field.regions')} vocabularies=${vocabularies} hint=${t('field.regionsChoice')} />
    ${OTHER_TAGS.map(
      (field) =>
        html`<${TermsField} form=${form} name=${field} kind=${TAG_VOCABULARIES[field]} label=${t(`field.${field}`)} vocabularies=${vocabularies} hint=${several} />`,
    )}`;
}

/** Whether two lists of codes hold the same codes. @param {string[]} a @param {string[]} b */
export const sameCodes = (a, b) => [...a].sort().join('\n') === [...b].sort().join('\n');
