import { Query } from '@nestjs/cqrs';
import type { Page } from '../../kernel/page';
import type { Principal } from '../../kernel/principal';

export const RECOMMENDATION_SORTS = ['dueDate', 'proposedAt', 'lastChangedAt', 'status', 'priority'] as const;
export type RecommendationSort = (typeof RECOMMENDATION_SORTS)[number];

export interface RecommendationFilter {
  forumId?: string;
  donorId?: string;
  organisationId?: string;
  /** One status, or any of several. */
  status?: string | string[];
  theme?: string;
  region?: string;
  overdue?: boolean;
  /** Reopened by a dispute: the last implementation claim known was disputed, and none has been made since. */
  disputed?: boolean;
  q?: string;
  asOf?: string;
  sort?: RecommendationSort;
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface RecommendationListItem {
  id: string;
  forumId: string;
  forumTitle: string;
  text: string;
  priority: string;
  status: string;
  responsibleOrganisationId: string | null;
  responsibleOrganisationName: string | null;
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number;
  proposedAt: string;
  lastChangedAt: string;
  percentComplete: number | null;
  themes: string[];
  targetRegions: string[];
  targetCountry: string | null;
  madeBy: string | null;
}

/** Recommendations by filter, sort and page, as things stood at `asOf` (donors: only of forums they fund). */
export class ListRecommendations extends Query<Page<RecommendationListItem>> {
  constructor(
    readonly filter: RecommendationFilter,
    readonly actor: Principal,
    readonly minPosition?: string,
  ) {
    super();
  }
}
