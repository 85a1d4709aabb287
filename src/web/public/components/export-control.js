import { useState } from 'preact/hooks';
import { download, get } from '../api.js';
import { Loading, useLoad } from './load.js';
import { describeRefusal } from './form.js';
import { html } from '../html.js';
import { currentLanguage, label, t } from '../i18n.js';

/** @typedef {import('./form.js').ControlEvent} ControlEvent */
/** @typedef {'recommendations' | 'organisations' | 'forums' | 'scorecards' | 'overdue'} ExportList */

/** @typedef {Record<ExportList, { columns: string[], defaults: string[] }>} ExportColumns */

/** @type {Promise<ExportColumns> | null} */
let described = null;

/** Each export's columns and those it writes when none are chosen (what the list shows), as GET /exports says, read once. */
function loadExports() {
  if (!described) {
    described = get('/exports').then((r) => r.body);
    described.catch(() => (described = null));
  }
  return described;
}

/** @param {string} key */
const columnName = (key) => (key.startsWith('byStatus.') ? label('status', key.slice('byStatus.'.length)) : t(`exportColumn.${key}`));

/**
 * "Export": the whole list with the filters given (not only the page on screen), the columns ticked (at first those the
 * list shows), as CSV or XLSX, in the interface's language.
 * @param {{ list: ExportList, query?: Record<string, unknown>, id: string, title?: string }} props
 */
export function ExportControl({ list, query = {}, id, title }) {
  const lists = useLoad(loadExports, []);
  const [ticked, setTicked] = useState(/** @type {Set<string> | null} */ (null));
  const [format, setFormat] = useState('csv');
  const [state, setState] = useState(/** @type {{ busy?: boolean, done?: string, error?: string }} */ ({}));
  const summary = html`<summary>${title ? `${t('export.title')}: ${title}` : t('export.title')}</summary>`;
  if (!lists.data) return html`<details class="export panel" id=${id}>${summary}<${Loading} state=${lists} /></details>`;
  const { columns, defaults } = lists.data[list];
  const chosen = ticked ?? new Set(defaults);
  /** @param {string} key */
  const toggle = (key) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setTicked(next);
  };
  async function fetchExport() {
    if (chosen.size === 0) return setState({ error: t('export.noColumns') });
    setState({ busy: true });
    try {
      const name = await download(`/exports/${list}`, {
        ...query,
        columns: columns.filter((key) => chosen.has(key)).join(','),
        format,
        lang: currentLanguage(),
      });
      setState({ done: name });
    } catch (error) {
      setState({ error: describeRefusal(error) });
    }
  }
  return html`<details class="export panel" id=${id}>
    ${summary}
    <p class="hint">${t('export.intro')}</p>
    <fieldset class="export-columns">
      <legend>${t('export.columns')}</legend>
      ${columns.map(
        (key) =>
          html`<label class="check" key=${key}><input type="checkbox" checked=${chosen.has(key)} onChange=${() => toggle(key)} /> ${columnName(key)}</label>`,
      )}
    </fieldset>
    <fieldset>
      <legend>${t('export.format')}</legend>
      ${['csv', 'xlsx'].map(
        (f) => html`<label class="check" key=${f}><input type="radio" name=${`${id}-format`} value=${f} checked=${format === f}
          onChange=${(/** @type {ControlEvent} */ e) => setFormat(e.currentTarget.value)} /> ${f.toUpperCase()}</label>`,
      )}
    </fieldset>
    <button type="button" class="primary" disabled=${Boolean(state.busy)} onClick=${fetchExport}>${state.busy ? t('action.sending') : t('export.download')}</button>
    <p class="download-state" aria-live="polite">
      ${state.done && t('export.downloaded', { name: state.done })}
      ${state.error && html`<span class="form-error">${state.error}</span>`}
    </p>
  </details>`;
}
