import { useState } from 'preact/hooks';
import { api, get } from '../api.js';
import { Field, FormError, Submit, choices, required, useForm } from '../components/form.js';
import { Loading, useLoad } from '../components/load.js';
import { Pager } from '../components/pager.js';
import { loadOrganisations } from '../directory.js';
import { html } from '../html.js';
import { label, t } from '../i18n.js';

/** @typedef {import('../components/form.js').ControlEvent} ControlEvent */

/**
 * @typedef {Map<string, import('../directory.js').OrganisationEntry>} Organisations
 * @typedef {{ address: string, response: string }} RefusedAddress the address a mail relay refused for good, and its answer
 * @typedef {{ id: string, name: string, email: string, role: string, organisationId: string | null, status: string,
 *   emailRefused: RefusedAddress | null }} AccountRow
 */

const ROLES = ['coordinator', 'stakeholder', 'donor', 'viewer'];
const PAGE_SIZE = 20;

/** @param {Organisations} organisations */
function organisationOptions(organisations) {
  return [['', t('field.none')], ...[...organisations.values()].filter((o) => o.active).map((o) => [o.id, o.name])];
}

/** The page a one-time link opens: the person chooses their password there. */
const linkFor = (/** @type {string} */ token) => `${location.origin}/#/choose-password?token=${encodeURIComponent(token)}`;

/**
 * The link to hand over; or, when it was e-mailed to the person, where it went (the token is then not shown).
 * @param {{ token: string | null, expiresAt: string, emailed?: { to: string } | null }} props
 */
function PasswordLink({ token, expiresAt, emailed }) {
  const until = new Date(expiresAt).toLocaleString();
  if (!token && emailed) return html`<p class="password-link" role="status">${t('accounts.emailed', { to: emailed.to })} ${until}.</p>`;
  if (!token) return null;
  return html`<p class="password-link" role="status">${t('accounts.linkIntro')} <code>${linkFor(token)}</code> (${t('accounts.linkExpires')} ${until})</p>`;
}

/**
 * A relay refused the account's address for good: coordinators see it, with the relay's answer.
 * @param {{ refused: RefusedAddress }} props
 */
function EmailRefused({ refused }) {
  return html`<p class="meta email-refused"><span class="status status-withdrawn">${t('accounts.emailRefused')}</span> ${t('accounts.emailRefusedDetail', refused)}</p>`;
}

/** @param {{ organisations: Organisations, onDone: (position: string | null) => void }} props */
function CreateAccount({ organisations, onDone }) {
  const form = useForm({ name: '', email: '', role: 'stakeholder', organisationId: '', password: '' });
  const [invitation, setInvitation] = useState(/** @type {{ token: string, expiresAt: string } | null} */ (null));
  const create = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => ({
        ...required(v, ['name', 'email', ...(['stakeholder', 'donor'].includes(v.role) ? ['organisationId'] : [])]),
        ...(v.password && v.password.length < 12 ? { password: t('accounts.passwordLength') } : {}),
      }),
      async (v) => {
        // Without a password the answer is an invitation link, with which the person chooses their own.
        const body = {
          name: v.name.trim(),
          email: v.email.trim(),
          role: v.role,
          ...(v.password ? { password: v.password } : {}),
          ...(v.organisationId ? { organisationId: v.organisationId } : {}),
        };
        const { body: answer, position } = await api('POST', '/accounts', { body });
        setInvitation(answer.invitation ?? null);
        form.reset();
        onDone(position);
      },
    );
  return html`<form id=${form.id} onSubmit=${create} novalidate class="panel" aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('accounts.create')}</h2>
    <${Field} form=${form} name="name" label=${t('field.name')} />
    <${Field} form=${form} name="email" type="email" label=${t('field.email')} />
    <${Field} form=${form} name="role" type="select" label=${t('field.role')} options=${choices('role', ROLES)} />
    <${Field} form=${form} name="organisationId" type="select" label=${t('field.organisation')} options=${organisationOptions(organisations)} />
    <${Field} form=${form} name="password" type="password" label=${t('field.initialPassword')} hint=${`${t('accounts.passwordLength')} ${t('accounts.orInvitation')}`} autocomplete="new-password" />
    <${FormError} form=${form} />
    <${Submit} form=${form}>${t('accounts.create')}<//>
    ${invitation && html`<${PasswordLink} ...${invitation} />`}
  </form>`;
}

/**
 * Change the role, reset the password, or deactivate one account.
 * @param {{ account: AccountRow, action: string, organisations: Organisations, onDone: (position: string | null) => void, onCancel: () => void }} props
 */
function ChangeAccount({ account, action, organisations, onDone, onCancel }) {
  /** @type {Record<string, Record<string, string>>} */
  const initials = { role: { role: account.role, organisationId: account.organisationId ?? '' }, password: { newPassword: '' }, deactivate: { reason: '' } };
  const initial = initials[action];
  const form = useForm(initial);
  const submit = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) =>
        required(
          v,
          Object.keys(v).filter((k) => k !== 'organisationId'),
        ),
      async (v) => {
        const body = action === 'role' ? { role: v.role, ...(v.organisationId ? { organisationId: v.organisationId } : {}) } : v;
        const { position } = await api('POST', `/accounts/${account.id}/${action}`, { body });
        onDone(position);
      },
    );
  return html`<form id=${form.id} onSubmit=${submit} novalidate class="inline-form">
    ${
      action === 'role' &&
      html`<${Field} form=${form} name="role" type="select" label=${t('field.role')} options=${choices('role', ROLES)} />
      <${Field} form=${form} name="organisationId" type="select" label=${t('field.organisation')} options=${organisationOptions(organisations)} />`
    }
    ${action === 'password' && html`<${Field} form=${form} name="newPassword" type="password" label=${t('field.newPassword')} hint=${t('accounts.passwordLength')} autocomplete="new-password" />`}
    ${action === 'deactivate' && html`<${Field} form=${form} name="reason" label=${t('field.reason')} />`}
    <${FormError} form=${form} />
    <div class="filter-actions"><${Submit} form=${form}>${t(`accounts.${action}`)}<//><button type="button" onClick=${onCancel}>${t('action.cancel')}</button></div>
  </form>`;
}

export function AccountsPage() {
  const [filter, setFilter] = useState({ q: '', role: '' });
  const [page, setPage] = useState(1);
  const [minPosition, setMinPosition] = useState(/** @type {string | null | undefined} */ (undefined));
  const [changing, setChanging] = useState(/** @type {{ id: string, action: string } | null} */ (null));
  const [link, setLink] = useState(/** @type {{ id: string, token: string, expiresAt: string } | null} */ (null));
  const issueLink = async (/** @type {string} */ id) => setLink({ id, ...(await api('POST', `/accounts/${id}/password-link`, { body: {} })).body });
  const state = useLoad(
    () => Promise.all([get('/accounts', { ...filter, page, pageSize: PAGE_SIZE, minPosition }).then((r) => r.body), loadOrganisations()]),
    [JSON.stringify(filter), page, minPosition],
  );
  const done = (/** @type {string | null} */ position) => (setChanging(null), setMinPosition(position));
  const [accounts, organisations] = state.data ?? [null, new Map()];
  return html`<section>
    <h1 tabindex="-1">${t('accounts.title')}</h1>
    <div class="filters" role="search" aria-label=${t('filters.label')}>
      <div class="field"><label for="account-q">${t('filters.q')}</label>
        <input id="account-q" type="search" value=${filter.q} onInput=${(/** @type {ControlEvent} */ e) => (setFilter({ ...filter, q: e.currentTarget.value }), setPage(1))} /></div>
      <div class="field"><label for="account-role">${t('field.role')}</label>
        <select id="account-role" value=${filter.role} onChange=${(/** @type {ControlEvent} */ e) => (setFilter({ ...filter, role: e.currentTarget.value }), setPage(1))}>
          ${choices('role', ROLES, { empty: t('filters.any') }).map(([value, text]) => html`<option value=${value}>${text}</option>`)}
        </select></div>
    </div>
    <${Loading} state=${state} />
    ${
      accounts &&
      html`<ul class="cards">
        ${accounts.items.map(
          (/** @type {AccountRow} */ a) => html`<li class="card" key=${a.id}><div>
            <p class="card-title">${a.name}${a.status === 'deactivated' && html` <span class="status status-withdrawn">${t('accounts.deactivated')}</span>`}</p>
            <p class="meta">${a.email} · ${label('role', a.role)}${a.organisationId ? ` · ${organisations.get(a.organisationId)?.name ?? ''}` : ''}</p>
            ${a.emailRefused && html`<${EmailRefused} refused=${a.emailRefused} />`}
            ${
              a.status === 'active' &&
              changing?.id !== a.id &&
              html`<p class="actions">
              ${['role', 'password', 'deactivate'].map(
                (action) =>
                  html`<button type="button" onClick=${() => setChanging({ id: a.id, action })} aria-label=${`${t(`accounts.${action}`)}: ${a.name}`}>${t(`accounts.${action}`)}</button>`,
              )}
              <button type="button" onClick=${() => issueLink(a.id)} aria-label=${`${t('accounts.link')}: ${a.name}`}>${t('accounts.link')}</button>
            </p>`
            }
            ${link?.id === a.id && html`<${PasswordLink} ...${link} />`}
            ${changing && changing.id === a.id && html`<${ChangeAccount} account=${a} action=${changing.action} organisations=${organisations} onDone=${done} onCancel=${() => setChanging(null)} />`}
          </div></li>`,
        )}
      </ul>
      <${Pager} page=${page} pageSize=${PAGE_SIZE} total=${accounts.total} onPage=${setPage} />`
    }
    <${CreateAccount} organisations=${organisations} onDone=${done} />
  </section>`;
}
