import { useMemo, useState } from 'preact/hooks';
import { api, get, idempotencyKeyFor } from '../api.js';
import { Field, FormError, Submit, choices, describeRefusal, required, useForm } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { html } from '../html.js';
import { currentLanguage, label, t } from '../i18n.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {{ en: string, ru: string, tg: string }} TermLabels
 * @typedef {{ kind: string, code: string, labels: TermLabels, parent: string | null, aliases: string[], retired: boolean, packaged: boolean,
 *   defaultPillar?: string | null }} Term what GET /vocabularies/:kind answers for each term
 * @typedef {{ code: string, labels: TermLabels, parent: string, aliases: string, defaultPillar: string }} TermValues
 */

export const KINDS = ['themes', 'regions', 'sdgTargets', 'cedawAreas', 'mechanisms'];
export const PILLARS = ['laws_and_policies', 'institutions', 'prevention', 'services', 'data', 'womens_movements'];
const LABEL_FIELDS = ['labels.en', 'labels.ru', 'labels.tg'];

/** A term's label in the reader's language. @param {Term} term */
export const termLabel = (term) => term.labels[/** @type {'en' | 'ru' | 'tg'} */ (currentLanguage())] || term.labels.en;

/** The aliases as typed, one list. @param {string} text */
const aliasesOf = (text) =>
  text
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);

/** Coordinators keep the vocabularies recommendations are tagged from: add terms, change their labels, retire and restore them. */
export function VocabulariesPage() {
  const [kind, setKind] = useState('themes');
  // After a change, the list is read again once it includes the change (read-your-writes).
  const [position, setPosition] = useState(/** @type {string | null} */ (null));
  const [editing, setEditing] = useState(/** @type {string | null} */ (null));
  const [refusal, setRefusal] = useState(/** @type {string | null} */ (null));
  const state = useLoad(
    () => get(`/vocabularies/${kind}`, position ? { minPosition: position } : undefined).then((r) => /** @type {Term[]} */ (r.body.terms)),
    [kind, position],
  );
  const changed = (/** @type {string | null} */ at) => (setPosition(at), setRefusal(null));
  const toggle = (/** @type {Term} */ term) =>
    api('POST', `/vocabularies/${kind}/terms/${encodeURIComponent(term.code)}/${term.retired ? 'restore' : 'retire'}`).then(
      (answer) => changed(answer.position),
      (error) => setRefusal(describeRefusal(error)),
    );
  const terms = state.data ?? [];
  const term = terms.find((candidate) => candidate.code === editing);
  return html`<section>
    <h1 tabindex="-1">${t('vocabularies.title')}</h1>
    <p>${t('vocabularies.intro')}</p>
    <div class="field">
      <label for="vocabulary-kind">${t('vocabularies.kind')}</label>
      <select id="vocabulary-kind" value=${kind} onChange=${(/** @type {ControlEvent} */ e) => (setKind(e.currentTarget.value), setEditing(null), setPosition(null))}>
        ${choices('vocabulary', KINDS).map(([value, text]) => html`<option value=${value}>${text}</option>`)}
      </select>
    </div>
    <${Loading} state=${state} />
    ${refusal && html`<p class="form-error" role="alert">${refusal}</p>`}
    ${state.data && html`<${TermTable} kind=${kind} terms=${terms} onEdit=${setEditing} onToggle=${toggle} />`}
    ${term && html`<${RelabelForm} key=${`${kind}-${term.code}`} kind=${kind} term=${term} onSaved=${(/** @type {string | null} */ at) => (changed(at), setEditing(null))} onCancel=${() => setEditing(null)} />`}
    ${state.data && html`<${AddTermForm} key=${kind} kind=${kind} terms=${terms} onAdded=${changed} />`}
  </section>`;
}

/** @param {{ kind: string, terms: Term[], onEdit: (code: string) => void, onToggle: (term: Term) => void }} props */
function TermTable({ kind, terms, onEdit, onToggle }) {
  const byCode = new Map(terms.map((term) => [term.code, term]));
  return html`<div class="vocabulary-terms">
    <table>
      <caption>${label('vocabulary', kind)}: ${t('vocabularies.terms', { count: terms.length })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('vocabularies.code')}</th>
          <th scope="col" lang="en">${t('vocabularies.labelEn')}</th>
          <th scope="col" lang="ru">${t('vocabularies.labelRu')}</th>
          <th scope="col" lang="tg">${t('vocabularies.labelTg')}</th>
          <th scope="col">${t('vocabularies.parent')}</th>
          <th scope="col">${t('vocabularies.status')}</th>
          <th scope="col">${t('vocabularies.actions')}</th>
        </tr>
      </thead>
      <tbody>
        ${terms.map((term) => {
          const parent = term.parent ? byCode.get(term.parent) : undefined;
          return html`<tr data-code=${term.code} class=${term.retired ? 'retired' : undefined}>
            <th scope="row"><code>${term.code}</code></th>
            <td lang="en">${term.labels.en}</td>
            <td lang="ru">${term.labels.ru}</td>
            <td lang="tg">${term.labels.tg}</td>
            <td>${parent ? termLabel(parent) : (term.parent ?? '')}</td>
            <td>
              ${term.retired ? t('vocabularies.retired') : t('vocabularies.offered')}
              ${term.defaultPillar && html`<div class="hint">${label('pillar', term.defaultPillar)}</div>`}
              ${term.packaged && html`<div class="hint">${t('vocabularies.packaged')}</div>`}
            </td>
            <td>
              <button type="button" class="link" onClick=${() => onEdit(term.code)}>${t('vocabularies.relabel')}</button>
              <button type="button" class="link" onClick=${() => onToggle(term)}>${term.retired ? t('vocabularies.restore') : t('vocabularies.retire')}</button>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** The three label fields and the aliases, as both forms have them. @param {{ form: import('../components/form.js').Form }} props */
function LabelFields({ form }) {
  return html`<div class="row">
      <${Field} form=${form} name="labels.en" label=${t('vocabularies.labelEn')} lang="en" />
      <${Field} form=${form} name="labels.ru" label=${t('vocabularies.labelRu')} lang="ru" />
      <${Field} form=${form} name="labels.tg" label=${t('vocabularies.labelTg')} lang="tg" />
    </div>
    <${Field} form=${form} name="aliases" label=${t('vocabularies.aliases')} hint=${t('vocabularies.aliasesHint')} />`;
}

/** @param {{ kind: string, term: Term, onSaved: (position: string | null) => void, onCancel: () => void }} props */
function RelabelForm({ kind, term, onSaved, onCancel }) {
  const form = useForm({ labels: { ...term.labels }, aliases: term.aliases.join(', ') });
  const scope = useMemo(() => `relabel-${Math.random().toString(36).slice(2)}`, []);
  const send = (/** @type {TermValues} */ values) => {
    const body = { labels: values.labels, aliases: aliasesOf(values.aliases) };
    const path = `/vocabularies/${kind}/terms/${encodeURIComponent(term.code)}/labels`;
    return api('PUT', path, { body, idempotencyKey: idempotencyKeyFor(scope, { path, body }) }).then((answer) => onSaved(answer.position));
  };
  return html`<form id=${form.id} class="panel" novalidate aria-labelledby=${`${form.id}-title`}
      onSubmit=${(/** @type {ControlEvent} */ e) => form.submit(e, (values) => required(values, LABEL_FIELDS), send)}>
    <h2 id=${`${form.id}-title`}>${t('vocabularies.relabelTitle', { code: term.code })}</h2>
    <${LabelFields} form=${form} />
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('vocabularies.save')}<//>
    <button type="button" class="link" onClick=${onCancel}>${t('action.cancel')}</button>
  </form>`;
}

/** @param {{ kind: string, terms: Term[], onAdded: (position: string | null) => void }} props */
function AddTermForm({ kind, terms, onAdded }) {
  const initial = { code: '', labels: { en: '', ru: '', tg: '' }, parent: '', aliases: '', defaultPillar: '' };
  const form = useForm(initial);
  const [added, setAdded] = useState(/** @type {string | null} */ (null));
  const scope = useMemo(() => `add-term-${Math.random().toString(36).slice(2)}`, []);
  const send = (/** @type {TermValues} */ values) => {
    const body = {
      code: values.code.trim(),
      labels: values.labels,
      aliases: aliasesOf(values.aliases),
      ...(values.parent ? { parent: values.parent } : {}),
      ...(kind === 'themes' && values.defaultPillar ? { defaultPillar: values.defaultPillar } : {}),
    };
    const path = `/vocabularies/${kind}/terms`;
    return api('POST', path, { body, idempotencyKey: idempotencyKeyFor(scope, { path, body }) }).then((answer) => {
      setAdded(body.code);
      form.reset();
      onAdded(answer.position);
    });
  };
  const parents = [['', t('vocabularies.noParent')], ...terms.map((term) => [term.code, `${term.code} — ${termLabel(term)}`])];
  return html`<form id=${form.id} class="panel" novalidate aria-labelledby=${`${form.id}-title`}
      onSubmit=${(/** @type {ControlEvent} */ e) => form.submit(e, (values) => required(values, ['code', ...LABEL_FIELDS]), send)}>
    <h2 id=${`${form.id}-title`}>${t('vocabularies.add')}: ${label('vocabulary', kind)}</h2>
    <${Field} form=${form} name="code" label=${t('vocabularies.code')} hint=${t('vocabularies.codeHint')} />
    <${LabelFields} form=${form} />
    <${Field} form=${form} name="parent" type="select" label=${t('vocabularies.parent')} options=${parents} />
    ${kind === 'themes' && html`<${Field} form=${form} name="defaultPillar" type="select" label=${t('vocabularies.defaultPillar')} options=${choices('pillar', PILLARS, { empty: t('vocabularies.noPillar') })} />`}
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('vocabularies.addButton')}<//>
    ${added && html`<p role="status">${t('vocabularies.added', { code: added })}</p>`}
  </form>`;
}
