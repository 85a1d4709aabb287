import { useEffect, useState } from 'preact/hooks';
import { get } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

/** Told by the inbox when it marked something read, so the header's count follows at once. */
export const NOTIFICATIONS_CHANGED = 'follow-through:notifications-changed';
const POLL_MS = 30_000;

/**
 * The inbox link in the header with the number of unread notifications: asked again on every navigation, every
 * 30 seconds, and when the inbox changes it. Read out as "Notifications, 3 unread".
 * @param {{ routeKey: string, current: boolean }} props `routeKey` changes on every navigation; `current` when on the inbox
 */
export function UnreadCount({ routeKey, current }) {
  const [unread, setUnread] = useState(/** @type {number | null} */ (null));
  useEffect(() => {
    let live = true;
    const ask = () =>
      get('/notifications/unread-count').then(
        ({ body }) => live && setUnread(body.unread),
        () => undefined,
      );
    ask();
    const timer = setInterval(ask, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, ask);
    return () => ((live = false), clearInterval(timer), window.removeEventListener(NOTIFICATIONS_CHANGED, ask));
  }, [routeKey]);
  const count = unread ?? 0;
  return html`<a class=${`inbox-link${count > 0 ? ' has-unread' : ''}`} href=${href('/notifications')} aria-current=${current ? 'page' : undefined}>
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18"
      ><path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
    /></svg>
    <span class="visually-hidden">${t('inbox.link')}, ${t('inbox.unread', { count })}</span>
    <span class="inbox-count" aria-hidden="true" data-unread=${count}>${count}</span>
  </a>`;
}
