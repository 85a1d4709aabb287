import { useEffect, useState } from 'preact/hooks';
import { api, get } from '../api.js';
import { html } from '../html.js';
import { label, t } from '../i18n.js';

/** @typedef {import('./form.js').ControlEvent} ControlEvent */
/** @typedef {{ mutedKinds: string[], delivery: string }} Preferences what GET and PUT /notifications/preferences answer */

/** The kinds the server sends (src/notifications/notification-kinds.ts); each can be left out of e-mail. */
const KINDS = ['assigned', 'declined', 'verification-awaited', 'verified', 'disputed', 'due-soon', 'overdue', 'escalated', 'commented'];
const DELIVERY = ['immediately', 'daily-digest'];

/** On the my-account page: which notifications are also e-mailed, and whether each at once or in a daily digest. */
export function NotificationPreferences() {
  const [chosen, setChosen] = useState(/** @type {Preferences | null} */ (null));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    get('/notifications/preferences').then(
      ({ body }) => setChosen(body),
      (/** @type {Error} */ e) => setError(e.message),
    );
  }, []);
  /** Only offered once the preferences have loaded, so `chosen` is there. @param {string} kind @param {boolean} emailed */
  const toggle = (kind, emailed) => {
    const loaded = /** @type {Preferences} */ (chosen);
    setChosen({ ...loaded, mutedKinds: emailed ? loaded.mutedKinds.filter((k) => k !== kind) : [...loaded.mutedKinds, kind] });
  };
  const save = async (/** @type {Event} */ event) => {
    event.preventDefault();
    setStatus('');
    setError('');
    try {
      setChosen((await api('PUT', '/notifications/preferences', { body: chosen })).body);
      setStatus(t('prefs.saved'));
    } catch (e) {
      setError(/** @type {Error} */ (e).message);
    }
  };
  return html`<section aria-labelledby="notifications-heading">
    <h2 id="notifications-heading">${t('prefs.title')}</h2>
    <p>${t('prefs.intro')}</p>
    ${
      chosen &&
      html`<form onSubmit=${save} class="preferences">
      <fieldset>
        <legend>${t('prefs.kinds')}</legend>
        ${KINDS.map(
          (kind) =>
            html`<label class="check"><input type="checkbox" name="emailed" value=${kind} checked=${!chosen.mutedKinds.includes(kind)}
              onChange=${(/** @type {ControlEvent} */ e) => toggle(kind, e.currentTarget.checked)} /> ${label('notificationKind', kind)}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t('prefs.delivery')}</legend>
        ${DELIVERY.map(
          (mode) =>
            html`<label class="check"><input type="radio" name="delivery" value=${mode} checked=${chosen.delivery === mode}
              onChange=${() => setChosen({ ...chosen, delivery: mode })} /> ${t(`prefs.${mode}`)}</label>`,
        )}
      </fieldset>
      <button type="submit" class="primary">${t('prefs.save')}</button>
      <span role="status" class="saved">${status}</span>
    </form>`
    }
    ${error && html`<p class="form-error" role="alert">${error}</p>`}
  </section>`;
}
