import { ApiError, get } from '../api.js';
import { Field, FormError, choices, useForm } from '../components/form.js';
import { ExportControl } from '../components/export-control.js';
import { Loading, useLoad } from '../components/load.js';
import { Pager } from '../components/pager.js';
import { RecommendationCards } from '../components/recommendation-cards.js';
import { STATUSES } from '../components/status.js';
import { loadOrganisations } from '../directory.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { go } from '../router.js';
import { termChoices, useVocabularies } from '../components/terms.js';

const FILTERS = ['q', 'status', 'forumId', 'organisationId', 'theme', 'region', 'sdgTarget', 'cedawArea', 'mechanism', 'overdue', 'sort', 'order', 'asOf'];
/** Each tag filter and the vocabulary it chooses from (a region's filter finds its districts too). */
const TAG_FILTERS = [
  ['theme', 'themes'],
  ['region', 'regions'],
  ['sdgTarget', 'sdgTargets'],
  ['cedawArea', 'cedawAreas'],
  ['mechanism', 'mechanisms'],
];
const PAGE_SIZE = 20;
const NO_FILTER = {
  q: '',
  status: '',
  forumId: '',
  organisationId: '',
  theme: '',
  region: '',
  sdgTarget: '',
  cedawArea: '',
  mechanism: '',
  overdue: '',
  sort: 'proposedAt',
  order: 'asc',
  asOf: '',
};

/**
 * Every recommendation the reader may see, filtered and searched the way GET /recommendations allows.
 * @param {import('../session.js').PageProps} props
 */
export function RecommendationsPage({ query }) {
  const page = Number(query.page ?? 1);
  const filter = Object.fromEntries(FILTERS.filter((name) => query[name]).map((name) => [name, query[name]]));
  const filters = useForm({ ...NO_FILTER, ...filter });
  const options = useLoad(() => Promise.all([get('/follow-through/forums').then((r) => r.body), loadOrganisations()]), []);
  const list = useLoad(() => get('/recommendations', { ...filter, page, pageSize: PAGE_SIZE }).then((r) => r.body), [JSON.stringify(query)]);
  // A filter the API refused (say, a malformed date) is shown beside its field.
  const form = { ...filters, errors: { ...(list.error instanceof ApiError ? list.error.fieldErrors : {}), ...filters.errors } };
  const [forums, organisations] = options.data ?? [[], new Map()];
  const vocabularies = useVocabularies();
  const apply = (/** @type {Event} */ event) =>
    form.submit(
      event,
      () => ({}),
      async (values) => go('/recommendations', { ...values, page: 1 }),
    );
  return html`<section>
    <h1 tabindex="-1">${t('recommendations.title')}</h1>
    <form id=${form.id} class="filters" onSubmit=${apply} novalidate role="search" aria-label=${t('filters.label')}>
      <${Field} form=${form} name="q" type="search" label=${t('filters.q')} />
      <${Field} form=${form} name="status" type="select" label=${t('field.status')} options=${choices('status', STATUSES, { empty: t('filters.any') })} />
      <${Field} form=${form} name="forumId" type="select" label=${t('field.forum')} options=${[['', t('filters.any')], ...forums.map((/** @type {{ forumId: string, title: string }} */ f) => [f.forumId, f.title])]} />
      <${Field} form=${form} name="organisationId" type="select" label=${t('field.responsible')}
        options=${[['', t('filters.any')], ...[...organisations.values()].filter((o) => o.kind !== 'donor').map((o) => [o.id, o.name])]} />
      ${TAG_FILTERS.map(
        ([name, kind]) => html`<${Field} form=${form} name=${name} type="select" label=${t(`field.${name}`)}
          options=${[['', t('filters.any')], ...termChoices(vocabularies, kind, [query[name]].filter(Boolean))]} />`,
      )}
      <${Field} form=${form} name="overdue" type="select" label=${t('filters.overdue')} options=${[
        ['', t('filters.any')],
        ['true', t('filters.overdueOnly')],
        ['false', t('filters.notOverdue')],
      ]} />
      <${Field} form=${form} name="sort" type="select" label=${t('filters.sort')} options=${choices('sort', ['proposedAt', 'dueDate', 'lastChangedAt', 'status', 'priority'])} />
      <${Field} form=${form} name="order" type="select" label=${t('filters.order')} options=${[
        ['asc', t('filters.asc')],
        ['desc', t('filters.desc')],
      ]} />
      <${Field} form=${form} name="asOf" type="date" label=${t('filters.asOf')} hint=${t('filters.asOfHint')} />
      <${FormError} form=${form} />
      <div class="filter-actions">
        <button type="submit" class="primary">${t('filters.apply')}</button>
        <button type="button" onClick=${() => (filters.setValues(NO_FILTER), go('/recommendations'))}>${t('filters.clear')}</button>
      </div>
    </form>
    <${ExportControl} list="recommendations" query=${filter} id="export-recommendations" />
    <${Loading} state=${list} />
    ${
      list.data &&
      html`<p aria-live="polite">${t('recommendations.found', { total: list.data.total })}</p>
      <${RecommendationCards} items=${list.data.items} empty=${Object.keys(filter).some((name) => name !== 'sort' && name !== 'order') ? t('recommendations.noMatch') : undefined} />
      <${Pager} page=${page} pageSize=${PAGE_SIZE} total=${list.data.total} onPage=${(/** @type {number} */ p) => go('/recommendations', { ...filter, page: p })} />`
    }
  </section>`;
}
