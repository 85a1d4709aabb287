import { html } from '../html.js';
import { t } from '../i18n.js';
import { Field, choices } from './form.js';

/** @typedef {{ kind: string, title: string, url: string, reference: string }} EvidenceItem what the form holds */

export const NO_EVIDENCE = { kind: 'link', title: '', url: '', reference: '' };

/**
 * Links or document references, as many as needed; each with its own errors beside its fields.
 * @param {{ form: import('./form.js').Form, name?: string }} props
 */
export function EvidenceFields({ form, name = 'evidence' }) {
  /** @type {EvidenceItem[]} */
  const items = form.value(name) ?? [];
  const remove = (/** @type {number} */ index) =>
    form.set(
      name,
      items.filter((_, i) => i !== index),
    );
  return html`<fieldset class="evidence-fields">
    <legend>${t('field.evidence')}</legend>
    ${form.errors[name] && html`<p class="field-error" id=${`${form.id}-${name}`} tabindex="-1">${form.errors[name]}</p>`}
    ${items.map(
      (item, index) => html`<div class="evidence-item" key=${index}>
        <${Field} form=${form} name=${`${name}.${index}.kind`} type="select" label=${t('evidence.kind')} options=${choices('evidenceKind', ['link', 'document'])} />
        <${Field} form=${form} name=${`${name}.${index}.title`} label=${t('evidence.title')} />
        <${Field} form=${form} name=${`${name}.${index}.url`} type="url" label=${item.kind === 'link' ? t('evidence.url') : t('evidence.urlOptional')} />
        ${item.kind === 'document' && html`<${Field} form=${form} name=${`${name}.${index}.reference`} label=${t('evidence.reference')} hint=${t('evidence.referenceHint')} />`}
        <button type="button" class="link" onClick=${() => remove(index)}>${t('evidence.remove', { n: index + 1 })}</button>
      </div>`,
    )}
    <button type="button" onClick=${() => form.set(name, [...items, { ...NO_EVIDENCE }])}>${t('evidence.add')}</button>
  </fieldset>`;
}

/**
 * The browser's own checks of the evidence, in the interface's language; the API checks again.
 * @param {Record<string, any>} values @param {string} [name] @param {{ atLeastOne?: boolean }} [options]
 */
export function checkEvidence(values, name = 'evidence', { atLeastOne = false } = {}) {
  /** @type {Record<string, string>} */
  const problems = {};
  /** @type {EvidenceItem[]} */
  const items = values[name] ?? [];
  if (atLeastOne && items.length === 0) problems[name] = t('evidence.needOne');
  items.forEach((item, index) => {
    const at = `${name}.${index}`;
    if (!item.title.trim()) problems[`${at}.title`] = t('error.required');
    if (item.kind === 'link' && !/^https?:\/\/\S+\.\S+/.test(item.url.trim())) problems[`${at}.url`] = t('evidence.badUrl');
    if (item.kind === 'document' && !item.reference.trim() && !item.url.trim()) problems[`${at}.reference`] = t('evidence.needReference');
  });
  return problems;
}

/** Evidence as the API takes it: empty optional parts left out. @param {EvidenceItem[]} [items] */
export function evidenceBody(items = []) {
  return items.map(({ kind, title, url, reference }) => ({
    kind,
    title: title.trim(),
    ...(url.trim() ? { url: url.trim() } : {}),
    ...(reference.trim() ? { reference: reference.trim() } : {}),
  }));
}
