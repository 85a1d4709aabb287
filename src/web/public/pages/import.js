import { useState } from 'preact/hooks';
import { ApiError, download } from '../api.js';
import { html } from '../html.js';
import { currentLanguage, t } from '../i18n.js';
import { fieldProblemText } from '../problems.js';
import { href } from '../router.js';
import { currentSession } from '../session.js';

/**
 * @typedef {{ field: string, rule: string, message: string, params?: Record<string, unknown>, suggestions?: string[] }} RowProblem
 * @typedef {{ key: string, en: string, ru: string, tg: string }} Column
 * @typedef {{ row: number, reference: string, forum: { id: string, title: string, action: string }, recommendation: { id: string, action: string },
 *   assignment: { action: string, responsible: string | null, dueDate: string | null }, corrections: { field: string, before: unknown, after: unknown }[],
 *   problems: RowProblem[], notes: string[] }} RowPreview
 * @typedef {{ valid: boolean, summary: Record<string, number>, columns: Column[], rows: RowPreview[] }} Preview
 */

/**
 * Sends the file as the raw body (its own content type), reporting how much of it went up.
 * @param {'preview' | 'commit'} step @param {File} file @param {(fraction: number) => void} onProgress @returns {Promise<any>}
 */
function upload(step, file, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/imports/${step}`);
    const session = currentSession();
    if (session) request.setRequestHeader('authorization', `Bearer ${session.token}`);
    request.setRequestHeader('content-type', file.type || (file.name.toLowerCase().endsWith('.csv') ? 'text/csv' : 'application/octet-stream'));
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = request.responseText;
      }
      if (request.status >= 200 && request.status < 300) resolve(body);
      else reject(new ApiError(request.status, body));
    };
    request.onerror = () => reject(new ApiError(0, null));
    request.send(file);
  });
}

/**
 * A row's problem in the reader's language: the column by its header in the template, the rule by the interface's
 * words for it (the server's English only for a rule this interface does not know).
 * @param {RowProblem} problem @param {Column[]} columns
 */
function problemText(problem, columns) {
  const language = /** @type {'en' | 'ru' | 'tg'} */ (currentLanguage());
  const column = columns.find((c) => c.key === problem.field);
  const field = column ? (column[language] ?? column.en) : t('import.row');
  const text = fieldProblemText({ ...problem, field });
  return text.includes(field) ? text : `${field}: ${text}`;
}

/** @param {{ rows: RowPreview[], columns: Column[] }} props */
function PreviewTable({ rows, columns }) {
  return html`<div class="table-scroll">
    <table class="import-preview">
      <thead>
        <tr>
          <th scope="col">${t('import.row')}</th>
          <th scope="col">${t('import.forum')}</th>
          <th scope="col">${t('import.recommendation')}</th>
          <th scope="col">${t('import.assignment')}</th>
          <th scope="col">${t('import.problems')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr key=${row.row} class=${row.problems.length > 0 ? 'invalid' : undefined}>
            <th scope="row">${row.row}<br /><small>${row.reference}</small></th>
            <td>${row.forum.title}<br /><small>${t(`import.action.${row.forum.action}`)}</small></td>
            <td>
              ${t(`import.action.${row.recommendation.action}`)}
              ${
                row.corrections.length > 0 &&
                html`<ul>
                ${row.corrections.map((c) => html`<li key=${c.field}><b>${c.field}</b>: <del>${String(c.before)}</del> → <ins>${String(c.after)}</ins></li>`)}
              </ul>`
              }
            </td>
            <td>
              ${t(`import.action.${row.assignment.action}`)}
              ${row.assignment.responsible && html`<br /><small>${row.assignment.responsible} · ${row.assignment.dueDate}</small>`}
            </td>
            <td>
              <ul>
                ${row.problems.map(
                  (p, i) => html`<li key=${i}>
                    ${problemText(p, columns)}
                    ${p.suggestions && p.suggestions.length > 0 && html`<br /><small>${t('import.didYouMean', { names: p.suggestions.join('; ') })}</small>`}
                  </li>`,
                )}
                ${row.notes.map((note, i) => html`<li key=${`n${i}`}>${note}</li>`)}
              </ul>
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A coordinator's import: upload a filled template, read the preview of every row, then import it all or nothing. */
export function ImportPage() {
  const [file, setFile] = useState(/** @type {File | null} */ (null));
  const [preview, setPreview] = useState(/** @type {Preview | null} */ (null));
  const [busy, setBusy] = useState(/** @type {string | null} */ (null));
  const [progress, setProgress] = useState(0);
  const [error, setError] = useState(/** @type {string | null} */ (null));
  const [done, setDone] = useState(/** @type {any} */ (null));

  const run = async (/** @type {'preview' | 'commit'} */ step) => {
    if (!file) return;
    setBusy(step === 'preview' ? t('import.checking') : t('import.committing'));
    setProgress(0);
    setError(null);
    try {
      const answer = await upload(step, file, setProgress);
      if (step === 'preview') setPreview(answer);
      else setDone(answer);
    } catch (refusal) {
      setError(refusal instanceof ApiError ? refusal.text : String(refusal));
      if (refusal instanceof ApiError && refusal.body?.preview) setPreview(refusal.body.preview);
    } finally {
      setBusy(null);
    }
  };
  const summary = preview?.summary;
  return html`<section>
    <h1 tabindex="-1">${t('import.title')}</h1>
    <p>${t('import.hint')}</p>
    <p class="actions">
      <button type="button" class="button" onClick=${() => download('/imports/template.xlsx')}>${t('import.templateXlsx')}</button>
      <button type="button" class="button" onClick=${() => download('/imports/template.csv')}>${t('import.templateCsv')}</button>
    </p>
    <form class="panel" onSubmit=${(/** @type {Event} */ e) => (e.preventDefault(), run('preview'))}>
      <label for="import-file">${t('import.file')}</label>
      <input
        id="import-file"
        type="file"
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange=${(/** @type {Event} */ e) => {
          const input = /** @type {HTMLInputElement} */ (e.currentTarget);
          setFile(input.files?.[0] ?? null);
          setPreview(null);
          setDone(null);
        }}
      />
      <button type="submit" class="button primary" disabled=${!file || busy !== null}>${t('import.check')}</button>
    </form>
    ${busy && html`<p aria-live="polite">${busy} <progress value=${progress < 1 ? progress : undefined} max="1"></progress></p>`}
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
    ${
      summary &&
      html`<p aria-live="polite">
      ${t('import.summary', {
        rows: summary.rows,
        forums: summary.forumsToCreate,
        recommendations: summary.recommendationsToCreate,
        assignments: summary.assignmentsToCreate,
        corrections: summary.correctionsProposed,
        invalid: summary.invalidRows,
      })}
    </p>`
    }
    ${
      preview?.valid &&
      !done &&
      html`<p><button type="button" class="button primary" disabled=${busy !== null} onClick=${() => run('commit')}>${t('import.commit', { count: summary?.rows ?? 0 })}</button></p>`
    }
    ${
      done &&
      html`<p role="status">
      ${t('import.done', { forums: done.forums.created, recommendations: done.recommendations.created, assignments: done.assignments.created })}
      ${done.corrections.created > 0 && html`<br />${t('import.corrected', { count: done.corrections.created })}`}
      <br /><a href=${href('/recommendations')}>${t('nav.recommendations')}</a>
    </p>`
    }
    ${preview && html`<${PreviewTable} rows=${preview.rows} columns=${preview.columns ?? []} />`}
  </section>`;
}
