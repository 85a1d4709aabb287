import { useState } from 'preact/hooks';
import { api, get } from '../api.js';
import { Loading, useLoad } from '../components/load.js';
import { Pager } from '../components/pager.js';
import { NOTIFICATIONS_CHANGED } from '../components/unread-count.js';
import { html } from '../html.js';
import { formatMoment, label, t } from '../i18n.js';
import { href } from '../router.js';

/**
 * @typedef {import('../components/form.js').ControlEvent} ControlEvent
 * @typedef {{ id: string, kind: string, recommendationId: string, subject: string, language: string, occurredAt: string, read: boolean,
 *   readAt: string | null }} InboxEntry an entry of GET /notifications
 * @typedef {{ total: number, items: InboxEntry[] }} Inbox what GET /notifications answers
 */

const PAGE_SIZE = 20;
const title = (/** @type {string | null | undefined} */ subject) => String(subject ?? '').replace(/^\[Follow-through\] /, '');
const changed = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));

/** @param {{ item: InboxEntry, onRead: (id: string) => void }} props */
function Entry({ item, onRead }) {
  const heading = title(item.subject);
  return html`<li class=${`card notification${item.read ? '' : ' unread'}`}><div>
    <p class="card-title">
      ${!item.read && html`<span class="status status-assigned">${t('inbox.new')}</span> `}
      ${item.recommendationId ? html`<a href=${href(`/recommendations/${item.recommendationId}`)}>${heading}</a>` : heading}
    </p>
    <p class="meta">${label('notificationKind', item.kind)} · <time datetime=${item.occurredAt}>${formatMoment(item.occurredAt)}</time></p>
    ${!item.read && html`<p class="actions"><button type="button" onClick=${() => onRead(item.id)} aria-label=${`${t('inbox.markRead')}: ${heading}`}>${t('inbox.markRead')}</button></p>`}
  </div></li>`;
}

/** The in-app inbox (#/notifications): newest first, each marked read on its own or all at once. */
export function NotificationsPage() {
  const [page, setPage] = useState(1);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [status, setStatus] = useState('');
  const state = useLoad(
    () =>
      Promise.all([
        get('/notifications', { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, ...(onlyUnread ? { unread: true } : {}) }).then(
          (r) => /** @type {Inbox} */ (r.body),
        ),
        get('/notifications/unread-count').then((r) => /** @type {number} */ (r.body.unread)),
      ]),
    [page, onlyUnread],
  );
  /** @param {{ body: { unread: number } }} answer what marking read answers */
  const after = (answer) => (setStatus(t('inbox.unread', { count: answer.body.unread })), changed(), state.reload());
  const markRead = async (/** @type {string} */ id) => after(await api('POST', `/notifications/${id}/read`));
  const markAll = async () => after(await api('POST', '/notifications/read-all'));
  const [list, unread] = state.data ?? [null, 0];
  return html`<section class="inbox">
    <h1 tabindex="-1">${t('inbox.title')}</h1>
    <p>${t('inbox.intro')}</p>
    <div class="inbox-tools">
      <label class="check"><input type="checkbox" checked=${onlyUnread} onChange=${(/** @type {ControlEvent} */ e) => (setOnlyUnread(e.currentTarget.checked), setPage(1))} /> ${t('inbox.onlyUnread')}</label>
      ${unread > 0 && html`<button type="button" onClick=${markAll}>${t('inbox.markAllRead')}</button>`}
    </div>
    <p class="visually-hidden" role="status">${status}</p>
    <${Loading} state=${state} />
    ${
      list &&
      (list.total === 0
        ? html`<p class="empty">${t('inbox.empty')}</p>`
        : html`<ul class="cards">${list.items.map((/** @type {InboxEntry} */ item) => html`<${Entry} key=${item.id} item=${item} onRead=${markRead} />`)}</ul>
          <${Pager} page=${page} pageSize=${PAGE_SIZE} total=${list.total} onPage=${setPage} />`)
    }
  </section>`;
}
