import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n.js';

/**
 * Loads what a page shows, again whenever `keys` change or `reload` is called; the last answer wins.
 * @template T @param {() => Promise<T>} load @param {unknown[]} keys
 */
export function useLoad(load, keys) {
  const [state, setState] = useState(/** @type {{ data?: T, error?: Error, loading: boolean }} */ ({ loading: true }));
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (/** @type {T} */ data) => current && setState({ data, loading: false }),
      (error) => current && setState({ error, loading: false }),
    );
    return () => (current = false);
  }, [...keys, round]);
  return { ...state, reload: () => setRound((r) => r + 1), replace: (/** @type {T} */ data) => setState({ data, loading: false }) };
}

/** What to show while loading, or when loading failed; null once there is data. */
/** @param {{ state: { data?: unknown, error?: Error & { text?: string } } }} props */
export function Loading({ state }) {
  if (state.error) return html`<p class="form-error" role="alert">${t('error.load')} ${state.error.text ?? state.error.message}</p>`;
  if (state.data === undefined) return html`<p class="loading" aria-live="polite">${t('loading')}</p>`;
  return null;
}
