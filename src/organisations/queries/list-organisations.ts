import { Query } from '@nestjs/cqrs';
import type { Page } from '../../kernel/page';

export interface OrganisationFilter {
  kind?: string;
  q?: string;
  active?: boolean;
  page: number;
  pageSize: number;
}

export interface OrganisationListItem {
  id: string;
  name: string;
  kind: string;
  country: string;
  region: string | null;
  active: boolean;
}

/** Registered organisations by name, filtered and paged. */
export class ListOrganisations extends Query<Page<OrganisationListItem>> {
  constructor(
    readonly filter: OrganisationFilter,
    readonly minPosition?: string,
  ) {
    super();
  }
}
