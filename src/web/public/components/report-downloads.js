import { useState } from 'preact/hooks';
import { ApiError, download } from '../api.js';
import { describeRefusal } from './form.js';
import { html } from '../html.js';
import { currentLanguage, t } from '../i18n.js';

export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'html', 'json'];

/**
 * A button per format; each downloads the report with the session's token. A refusal naming a parameter
 * (period, asOf, ...) is handed to `onFieldErrors` so that it appears beside that field.
 * @param {{ path: string, query?: Record<string, unknown>, title?: string, onFieldErrors?: (errors: Record<string, string>) => void,
 *   check?: () => Record<string, string> }} props
 */
export function ReportDownloads({ path, query = {}, title, onFieldErrors, check }) {
  const [state, setState] = useState(/** @type {{ busy?: string, done?: string, error?: string }} */ ({}));
  /** @param {string} format */
  async function fetchReport(format) {
    const problems = check?.() ?? {};
    if (Object.keys(problems).length) return onFieldErrors?.(problems);
    setState({ busy: format });
    onFieldErrors?.({});
    try {
      const name = await download(path, { lang: currentLanguage(), ...query, format });
      setState({ done: name });
    } catch (error) {
      const fields = error instanceof ApiError ? error.fieldErrors : {};
      if (Object.keys(fields).length && onFieldErrors) onFieldErrors(fields);
      setState({ error: describeRefusal(error) });
    }
  }
  return html`<div class="downloads" role="group" aria-label=${title ?? t('report.download')}>
    ${REPORT_FORMATS.map(
      (format) => html`<button type="button" disabled=${Boolean(state.busy)} onClick=${() => fetchReport(format)}
        aria-label=${`${title ?? t('report.download')}: ${format.toUpperCase()}`}>${state.busy === format ? t('action.sending') : format.toUpperCase()}</button>`,
    )}
    <p class="download-state" aria-live="polite">
      ${state.done && t('report.downloaded', { name: state.done })}
      ${state.error && html`<span class="form-error">${state.error}</span>`}
    </p>
  </div>`;
}
