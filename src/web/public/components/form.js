import { useMemo, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { html } from '../html.js';
import { label as labelOf, t } from '../i18n.js';

let forms = 0;

/**
 * @typedef {ReturnType<typeof useForm>} Form
 * @typedef {Event & { currentTarget: HTMLInputElement }} ControlEvent an input, select or textarea's event (all have `value`)
 */

/** @param {any} values @param {string} path @returns {any} */
function read(values, path) {
  return path.split('.').reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), values);
}

/** @param {any} values @param {string[]} path @param {unknown} value @returns {any} */
function write(values, [key, ...rest], value) {
  const copy = Array.isArray(values) ? [...values] : { ...values };
  copy[key] = rest.length ? write(values[key] ?? {}, rest, value) : value;
  return copy;
}

/**
 * A form's values, its errors per field (from the browser's own checks or the API's answer) and whether it
 * is being sent. `submit` runs the action and turns a refusal into messages beside the fields it names.
 * @param {Record<string, any>} initial
 */
export function useForm(initial) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState(/** @type {Record<string, string>} */ ({}));
  const [busy, setBusy] = useState(false);
  const id = useMemo(() => `form${++forms}`, []);
  const form = {
    id,
    values,
    errors,
    busy,
    /** @param {string} name */
    value: (name) => read(values, name),
    /** @param {string} name @param {unknown} value */
    set: (name, value) => setValues((current) => write(current, name.split('.'), value)),
    setValues,
    reset: () => (setValues(initial), setErrors({})),
    /** @param {Event | null} event @param {(values: any) => Record<string, string>} check @param {(values: any) => Promise<unknown>} action */
    async submit(event, check, action) {
      event?.preventDefault();
      const problems = check(values);
      setErrors(problems);
      if (Object.keys(problems).length) {
        focusFirstError(id);
        return;
      }
      setBusy(true);
      try {
        await action(values);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const named = Object.keys(error.fieldErrors).filter((field) => document.getElementById(`${id}-${field}`));
        const fields = Object.fromEntries(named.map((field) => [field, error.fieldErrors[field]]));
        const rest = Object.entries(error.fieldErrors)
          .filter(([field]) => !named.includes(field))
          .map(([, message]) => message);
        setErrors({ ...fields, ...(named.length && !rest.length ? {} : { _form: rest.join('; ') || describeRefusal(error) }) });
        focusFirstError(id);
      } finally {
        setBusy(false);
      }
    },
  };
  return form;
}

/**
 * A refusal that names no field of the form, in the reader's language (`text`, translated by code), after
 * what kind of refusal it is; any other failure (the network) by its own message.
 * @param {unknown} error
 */
export function describeRefusal(error) {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const { text } = error;
  if (error.status === 429) return `${t('error.tooMany')} ${text}`;
  if (error.status === 403) return `${t('error.forbidden')} ${text}`;
  if (error.status === 409) return `${t('error.refused')} ${text}`;
  return text;
}

/** @param {string} id */
function focusFirstError(id) {
  requestAnimationFrame(() => document.querySelector(/** @type {'input'} */ (`#${id} [aria-invalid="true"], #${id} .form-error`))?.focus());
}

/** Fields that must not be empty, with the message in the interface's language. @param {any} values @param {string[]} names */
export function required(values, names) {
  /** @type {Record<string, string>} */
  const problems = {};
  for (const name of names) {
    const value = read(values, name);
    if (value === undefined || value === null || String(value).trim() === '' || (Array.isArray(value) && value.length === 0)) {
      problems[name] = t('error.required');
    }
  }
  return problems;
}

/**
 * A labelled control with its error beside it. `type` is text, email, password, date, number, textarea,
 * select (with `options`: [value, label][]) or checkbox; other props go to the control.
 * @param {{ form: Form, name: string, label: string, type?: string, options?: string[][], hint?: string, [attribute: string]: unknown }} props
 */
export function Field({ form, name, label, type = 'text', options = [], hint, ...rest }) {
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy, ...rest };
  const value = form.value(name) ?? '';
  const onInput = (/** @type {ControlEvent} */ event) =>
    form.set(name, type === 'number' && event.currentTarget.value !== '' ? Number(event.currentTarget.value) : event.currentTarget.value);
  let control;
  if (type === 'textarea') control = html`<textarea ...${common} value=${value} onInput=${onInput} rows="3" />`;
  else if (type === 'select')
    control = html`<select ...${common} value=${value} onChange=${onInput}>
      ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue}>${optionLabel}</option>`)}
    </select>`;
  else if (type === 'checkbox')
    return html`<div class="field checkbox">
      <input ...${common} type="checkbox" checked=${Boolean(form.value(name))} onChange=${(/** @type {ControlEvent} */ e) => form.set(name, e.currentTarget.checked)} />
      <label for=${id}>${label}</label>
      ${error && html`<p class="field-error" id=${`${id}-error`}>${error}</p>`}
    </div>`;
  else control = html`<input ...${common} type=${type} value=${value} onInput=${onInput} />`;
  return html`<div class=${`field${error ? ' invalid' : ''}`}>
    <label for=${id}>${label}</label>
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    ${control}
    ${error && html`<p class="field-error" id=${`${id}-error`}>${error}</p>`}
  </div>`;
}

/** @param {{ form: Form }} props */
export function FormError({ form }) {
  return form.errors._form ? html`<p class="form-error" role="alert" tabindex="-1">${form.errors._form}</p>` : null;
}

/** @param {{ form: Form, children?: unknown }} props */
export function Submit({ form, children }) {
  return html`<button type="submit" class="primary" disabled=${form.busy}>${form.busy ? t('action.sending') : children}</button>`;
}

/**
 * A due date field that warns (without refusing: history is entered late) when the date is already past.
 * @param {{ form: Form, name?: string, label?: string }} props
 */
export function DueDateField({ form, name = 'dueDate', label }) {
  const value = form.value(name);
  const past = typeof value === 'string' && value.length === 10 && value < new Date().toISOString().slice(0, 10);
  return html`<${Field} form=${form} name=${name} type="date" label=${label ?? t('field.dueDate')} />
    ${past && html`<p class="warning" role="status">${t('field.dueDatePast')}</p>`}`;
}

/**
 * [value, label] pairs from a label group, for selects.
 * @param {string} group @param {readonly string[]} values @param {{ empty?: string }} [options]
 */
export function choices(group, values, { empty } = {}) {
  return [...(empty !== undefined ? [['', empty]] : []), ...values.map((value) => [value, labelOf(group, value)])];
}
