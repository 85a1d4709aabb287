import { useState } from 'preact/hooks';
import { download } from '../api.js';
import { describeRefusal } from './form.js';
import { html } from '../html.js';
import { currentLanguage, label, t } from '../i18n.js';

/** @typedef {import('./form.js').ControlEvent} ControlEvent */
/** @typedef {'recommendations' | 'organisations' | 'forums' | 'scorecards' | 'overdue'} ExportList */

const STATUS_COUNTS = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'].map((s) => `byStatus.${s}`);

/** The columns GET /exports/:list writes, in its order, and those it writes when none are chosen (what the list shows). */
export const EXPORTS = {
  recommendations: {
    columns: [
      'id',
      'text',
      'forumId',
      'forumTitle',
      'priority',
      'status',
      'responsibleOrganisationId',
      'responsibleOrganisationName',
      'dueDate',
      'overdue',
      'daysOverdue',
      'proposedAt',
      'lastChangedAt',
      'percentComplete',
      'themes',
      'targetRegions',
    ],
    defaults: ['text', 'forumTitle', 'status', 'responsibleOrganisationName', 'dueDate', 'daysOverdue', 'percentComplete'],
  },
  organisations: { columns: ['id', 'name', 'kind', 'country', 'region', 'active'], defaults: ['name', 'kind', 'country', 'region', 'active'] },
  forums: {
    columns: [
      'forumId',
      'title',
      'kind',
      'startDate',
      'region',
      'recommendations',
      ...STATUS_COUNTS,
      'overdue',
      'implementationRate',
      'medianDaysToImplementation',
    ],
    defaults: ['title', 'kind', 'startDate', 'region', 'recommendations', 'overdue', 'implementationRate'],
  },
  scorecards: {
    columns: ['organisationId', 'organisationName', 'responsibleFor', ...STATUS_COUNTS, 'overdue', 'onTimeRate', 'medianDaysToImplementation'],
    defaults: ['organisationName', 'responsibleFor', 'overdue', 'onTimeRate', 'medianDaysToImplementation'],
  },
  overdue: {
    columns: ['recommendationId', 'forumId', 'responsibleOrganisationId', 'status', 'dueDate', 'daysOverdue', 'bucket'],
    defaults: ['recommendationId', 'forumId', 'responsibleOrganisationId', 'status', 'dueDate', 'daysOverdue', 'bucket'],
  },
};

/** @param {string} key */
const columnName = (key) => (key.startsWith('byStatus.') ? label('status', key.slice('byStatus.'.length)) : t(`exportColumn.${key}`));

/**
 * "Export": the whole list with the filters given (not only the page on screen), the columns ticked (at first those the
 * list shows), as CSV or XLSX, in the interface's language.
 * @param {{ list: ExportList, query?: Record<string, unknown>, id: string, title?: string }} props
 */
export function ExportControl({ list, query = {}, id, title }) {
  const { columns, defaults } = EXPORTS[list];
  const [chosen, setChosen] = useState(() => new Set(defaults));
  const [format, setFormat] = useState('csv');
  const [state, setState] = useState(/** @type {{ busy?: boolean, done?: string, error?: string }} */ ({}));
  /** @param {string} key */
  const toggle = (key) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setChosen(next);
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
    <summary>${title ? `${t('export.title')}: ${title}` : t('export.title')}</summary>
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
