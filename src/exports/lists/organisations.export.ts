import type { QueryBus } from '@nestjs/cqrs';
import { ListOrganisations, type OrganisationFilter, type OrganisationListItem } from '../../organisations/queries/list-organisations';
import { field } from '../export-columns';
import type { ExportList } from '../export-list';

export const ORGANISATIONS_EXPORT: ExportList<OrganisationListItem> = {
  name: 'organisations',
  columns: [
    field('id'),
    field('name'),
    field('kind', { kind: 'enum', group: 'organisationKind' }),
    field('country'),
    field('region'),
    field('active', { kind: 'yesNo' }),
  ],
  defaults: ['name', 'kind', 'country', 'region', 'active'],
};

/** The list's own largest page (GET /organisations refuses a larger one). */
const PAGE_SIZE = 500;

/** Every page of the organisations, one at a time; one that moves between pages while the export runs is written once. */
export async function* organisationPages(
  queries: QueryBus,
  filter: Omit<OrganisationFilter, 'page' | 'pageSize'>,
  minPosition?: string,
): AsyncGenerator<OrganisationListItem[]> {
  const written = new Set<string>();
  for (let page = 1; ; page++) {
    const answer = await queries.execute(new ListOrganisations({ ...filter, page, pageSize: PAGE_SIZE }, page === 1 ? minPosition : undefined));
    yield answer.items.filter((item) => !written.has(item.id) && written.add(item.id));
    if (answer.items.length < PAGE_SIZE || page * PAGE_SIZE >= answer.total) return;
  }
}
