import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { ExportControl } from './export-control.js';
import { Loading, useLoad } from './load.js';
import { Pager } from './pager.js';
import { RecommendationCards } from './recommendation-cards.js';

/**
 * A titled, paginated list of recommendations from GET /recommendations with a fixed filter.
 * With `exportable`, an Export of the whole section (every page) under it.
 * @param {{ title: string, filter: Record<string, unknown>, empty?: string, pageSize?: number, id: string, exportable?: boolean }} props
 */
export function RecommendationSection({ title, filter, empty, pageSize = 5, id, exportable = false }) {
  const [page, setPage] = useState(1);
  const key = JSON.stringify(filter);
  const state = useLoad(() => get('/recommendations', { ...filter, page, pageSize }).then((r) => r.body), [key, page]);
  return html`<section class="panel" aria-labelledby=${id}>
    <h2 id=${id}>${title}${state.data && html` <span class="count">(${state.data.total})</span>`}</h2>
    <${Loading} state=${state} />
    ${
      state.data &&
      html`<${RecommendationCards} items=${state.data.items} empty=${empty ?? t('list.empty')} />
      <${Pager} page=${page} pageSize=${pageSize} total=${state.data.total} onPage=${setPage} label=${title} />`
    }
    ${exportable && html`<${ExportControl} list="recommendations" query=${filter} id=${`export-${id}`} title=${title} />`}
  </section>`;
}
