import { useState } from 'preact/hooks';
import { ApiError, api, get } from '../api.js';
import { Field, FormError, Submit, choices, required, useForm } from '../components/form.js';
import { ExportControl } from '../components/export-control.js';
import { Loading, useLoad } from '../components/load.js';
import { Pager } from '../components/pager.js';
import { forgetOrganisations } from '../directory.js';
import { html } from '../html.js';
import { label, t } from '../i18n.js';

/** @typedef {import('../components/form.js').ControlEvent} ControlEvent */

export const ORGANISATION_KINDS = [
  'ministry',
  'committee',
  'local_authority',
  'ngo',
  'shelter',
  'legal_aid',
  'donor',
  'international_organisation',
  'embassy',
  'international_ngo',
];
const PAGE_SIZE = 20;

/**
 * The organisation a refused name belongs to (OrganisationNameTaken), to offer instead of a second one.
 * @param {unknown} error @returns {{ organisationId: string, name: string } | null}
 */
function namesakeOf(error) {
  return error instanceof ApiError && error.body?.reason === 'OrganisationNameTaken' ? error.body.params : null;
}

/** "Use the existing one": shows it in the list above. @param {{ existing: { name: string } | null, onUse: (name: string) => void }} props */
function UseExisting({ existing, onUse }) {
  if (!existing) return null;
  return html`<p class="notice" role="status">
    <button type="button" onClick=${() => onUse(existing.name)}>${t('organisations.useExisting', { name: existing.name })}</button>
  </p>`;
}

/** @param {{ onDone: (position: string | null) => void, onUse: (name: string) => void }} props */
function RegisterOrganisation({ onDone, onUse }) {
  const form = useForm({ name: '', kind: 'ministry', country: 'TJ', region: '' });
  const [existing, setExisting] = useState(/** @type {{ organisationId: string, name: string } | null} */ (null));
  const register = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => required(v, ['name', 'country']),
      async (v) => {
        setExisting(null);
        try {
          const { position } = await api('POST', '/organisations', {
            body: { name: v.name.trim(), kind: v.kind, country: v.country.trim().toUpperCase(), ...(v.region.trim() ? { region: v.region.trim() } : {}) },
          });
          form.setValues({ ...v, name: '', region: '' });
          onDone(position);
        } catch (error) {
          setExisting(namesakeOf(error));
          throw error;
        }
      },
    );
  return html`<form id=${form.id} onSubmit=${register} novalidate class="panel" aria-labelledby=${`${form.id}-title`}>
    <h2 id=${`${form.id}-title`}>${t('organisations.register')}</h2>
    <${Field} form=${form} name="name" label=${t('field.name')} />
    <${Field} form=${form} name="kind" type="select" label=${t('field.organisationKind')} options=${choices('organisationKind', ORGANISATION_KINDS)} />
    <div class="row">
      <${Field} form=${form} name="country" label=${t('field.country')} hint=${t('field.countryHint')} maxlength="2" />
      <${Field} form=${form} name="region" label=${t('field.region')} />
    </div>
    <${FormError} form=${form} />
    <${UseExisting} existing=${existing} onUse=${onUse} />
    <${Submit} form=${form}>${t('organisations.register')}<//>
  </form>`;
}

/**
 * Rename, change the kind of or deactivate one organisation, in a small form of its own.
 * @param {{ organisation: { id: string, name: string, kind: string }, action: string, onDone: (position: string | null) => void, onCancel: () => void,
 *   onUse: (name: string) => void }} props
 */
function ChangeOrganisation({ organisation, action, onDone, onCancel, onUse }) {
  const field = { rename: 'name', kind: 'kind' }[action] ?? 'reason';
  const form = useForm({ [field]: action === 'rename' ? organisation.name : action === 'kind' ? organisation.kind : '' });
  const [existing, setExisting] = useState(/** @type {{ organisationId: string, name: string } | null} */ (null));
  const submit = (/** @type {Event} */ event) =>
    form.submit(
      event,
      (v) => required(v, [field]),
      async (v) => {
        try {
          const { position } = await api('POST', `/organisations/${organisation.id}/${action}`, { body: { [field]: v[field].trim() } });
          onDone(position);
        } catch (error) {
          setExisting(namesakeOf(error));
          throw error;
        }
      },
    );
  const input =
    action === 'kind'
      ? html`<${Field} form=${form} name="kind" type="select" label=${t('field.organisationKind')} options=${choices('organisationKind', ORGANISATION_KINDS)} />`
      : html`<${Field} form=${form} name=${field} label=${action === 'rename' ? t('field.newName') : t('field.reason')} />`;
  return html`<form id=${form.id} onSubmit=${submit} novalidate class="inline-form">
    ${input}
    <${FormError} form=${form} />
    <${UseExisting} existing=${existing} onUse=${onUse} />
    <div class="filter-actions"><${Submit} form=${form}>${t(action === 'kind' ? 'organisations.changeKind' : `organisations.${action}`)}<//><button type="button" onClick=${onCancel}>${t('action.cancel')}</button></div>
  </form>`;
}

/** @param {import('../session.js').PageProps} props */
export function OrganisationsPage({ session }) {
  const coordinator = session.principal.role === 'coordinator';
  const [filter, setFilter] = useState({ q: '', kind: '' });
  const [page, setPage] = useState(1);
  const [minPosition, setMinPosition] = useState(/** @type {string | null | undefined} */ (undefined));
  const [changing, setChanging] = useState(/** @type {{ id: string, action: string } | null} */ (null));
  const state = useLoad(
    () => get('/organisations', { ...filter, page, pageSize: PAGE_SIZE, minPosition }).then((r) => r.body),
    [JSON.stringify(filter), page, minPosition],
  );
  const done = (/** @type {string | null} */ position) => (setChanging(null), forgetOrganisations(), setMinPosition(position));
  const useExisting = (/** @type {string} */ name) => (setChanging(null), setFilter({ q: name, kind: '' }), setPage(1));
  return html`<section>
    <h1 tabindex="-1">${t('organisations.title')}</h1>
    <div class="filters" role="search" aria-label=${t('filters.label')}>
      <div class="field"><label for="org-q">${t('filters.q')}</label>
        <input id="org-q" type="search" value=${filter.q} onInput=${(/** @type {ControlEvent} */ e) => (setFilter({ ...filter, q: e.currentTarget.value }), setPage(1))} /></div>
      <div class="field"><label for="org-kind">${t('field.organisationKind')}</label>
        <select id="org-kind" value=${filter.kind} onChange=${(/** @type {ControlEvent} */ e) => (setFilter({ ...filter, kind: e.currentTarget.value }), setPage(1))}>
          ${choices('organisationKind', ORGANISATION_KINDS, { empty: t('filters.any') }).map(([value, text]) => html`<option value=${value}>${text}</option>`)}
        </select></div>
    </div>
    <${ExportControl} list="organisations" query=${filter} id="export-organisations" />
    <${Loading} state=${state} />
    ${
      state.data &&
      html`<ul class="cards">
        ${state.data.items.map(
          (
            /** @type {{ id: string, name: string, kind: string, country: string, region: string | null, active: boolean }} */ o,
          ) => html`<li class="card" key=${o.id}><div>
            <p class="card-title">${o.name}${!o.active && html` <span class="status status-withdrawn">${t('organisations.inactive')}</span>`}</p>
            <p class="meta">${label('organisationKind', o.kind)} · ${o.country}${o.region ? ` · ${o.region}` : ''}</p>
            ${
              coordinator &&
              o.active &&
              changing?.id !== o.id &&
              html`<p class="actions">
              <button type="button" onClick=${() => setChanging({ id: o.id, action: 'rename' })} aria-label=${`${t('organisations.rename')}: ${o.name}`}>${t('organisations.rename')}</button>
              <button type="button" onClick=${() => setChanging({ id: o.id, action: 'kind' })} aria-label=${`${t('organisations.changeKind')}: ${o.name}`}>${t('organisations.changeKind')}</button>
              <button type="button" onClick=${() => setChanging({ id: o.id, action: 'deactivate' })} aria-label=${`${t('organisations.deactivate')}: ${o.name}`}>${t('organisations.deactivate')}</button>
            </p>`
            }
            ${changing && changing.id === o.id && html`<${ChangeOrganisation} organisation=${o} action=${changing.action} onDone=${done} onCancel=${() => setChanging(null)} onUse=${useExisting} />`}
          </div></li>`,
        )}
      </ul>
      <${Pager} page=${page} pageSize=${PAGE_SIZE} total=${state.data.total} onPage=${setPage} />`
    }
    ${coordinator && html`<${RegisterOrganisation} onDone=${done} onUse=${useExisting} />`}
  </section>`;
}
