import { useState } from 'preact/hooks';
import { uploadEvidenceFile } from '../api.js';
import { html } from '../html.js';
import { formatSize, t } from '../i18n.js';
import { Field, choices, describeRefusal } from './form.js';

/**
 * @typedef {{ kind: string, title: string, url: string, reference: string, public?: boolean,
 *   sha256?: string, fileName?: string, size?: number }} EvidenceItem what the form holds
 */

export const NO_EVIDENCE = { kind: 'link', title: '', url: '', reference: '', public: false };

/** What the file picker accepts: the types the API takes (it checks the content again). */
const ACCEPT = '.pdf,.docx,.xlsx,.odt,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * A file picker that uploads the chosen file at once, then attaches it to the item by its SHA-256.
 * @param {{ form: import('./form.js').Form, at: string, item: EvidenceItem }} props
 */
function FilePicker({ form, at, item }) {
  const [state, setState] = useState(/** @type {{ busy?: string, error?: string }} */ ({}));
  const id = `${form.id}-${at}.sha256`;
  const error = state.error ?? form.errors[`${at}.sha256`];
  /** @param {Event & { currentTarget: HTMLInputElement }} event */
  async function choose(event) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setState({ busy: file.name });
    try {
      const kept = await uploadEvidenceFile(file);
      form.set(at, { ...item, sha256: kept.sha256, fileName: kept.name, size: kept.size, title: item.title.trim() || kept.name });
      setState({});
    } catch (refusal) {
      form.set(at, { ...item, sha256: undefined, fileName: undefined, size: undefined });
      setState({ error: describeRefusal(refusal) });
    }
  }
  return html`<div class=${`field${error ? ' invalid' : ''}`}>
    <label for=${id}>${t('evidence.file')}</label>
    <input id=${id} type="file" accept=${ACCEPT} onChange=${choose} disabled=${Boolean(state.busy)}
      aria-invalid=${error ? 'true' : undefined} aria-describedby=${`${id}-state`} />
    <p class="hint" id=${`${id}-state`} aria-live="polite">
      ${state.busy && t('evidence.uploading', { name: state.busy })}
      ${!state.busy && item.sha256 && t('evidence.uploaded', { name: item.fileName, size: formatSize(item.size ?? 0), hash: item.sha256.slice(0, 12) })}
    </p>
    ${error && html`<p class="field-error" id=${`${id}-error`}>${error}</p>`}
  </div>`;
}

/**
 * Links, document references or uploaded files, as many as needed; each with its own errors beside its fields.
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
        <${Field} form=${form} name=${`${name}.${index}.kind`} type="select" label=${t('evidence.kind')} options=${choices('evidenceKind', ['link', 'document', 'file'])} />
        ${item.kind === 'file' && html`<${FilePicker} form=${form} at=${`${name}.${index}`} item=${item} />`}
        <${Field} form=${form} name=${`${name}.${index}.title`} label=${t('evidence.title')} />
        ${
          item.kind !== 'file' &&
          html`<${Field} form=${form} name=${`${name}.${index}.url`} type="url" label=${item.kind === 'link' ? t('evidence.url') : t('evidence.urlOptional')} />`
        }
        ${item.kind === 'document' && html`<${Field} form=${form} name=${`${name}.${index}.reference`} label=${t('evidence.reference')} hint=${t('evidence.referenceHint')} />`}
        <${Field} form=${form} name=${`${name}.${index}.public`} type="checkbox" label=${t('evidence.public')} />
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
    if (item.kind === 'file' && !item.sha256) problems[`${at}.sha256`] = t('evidence.needFile');
  });
  return problems;
}

/** Evidence as the API takes it: empty optional parts left out; a file by its hash. @param {EvidenceItem[]} [items] */
export function evidenceBody(items = []) {
  return items.map(({ kind, title, url, reference, sha256, public: shown = false }) =>
    kind === 'file'
      ? { kind, title: title.trim(), sha256, public: shown }
      : {
          kind,
          title: title.trim(),
          ...(url.trim() ? { url: url.trim() } : {}),
          ...(reference.trim() ? { reference: reference.trim() } : {}),
          public: shown,
        },
  );
}
