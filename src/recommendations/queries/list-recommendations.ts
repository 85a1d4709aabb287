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
  /** A theme's code. */
  theme?: string;
  /** A region's code, or any of several: the HTTP route gives a region with its districts (regionsWithin). */
  region?: string | string[];
  sdgTarget?: string;
  cedawArea?: string;
  mechanism?: string;
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
  sdgTargets: string[];
  cedawAreas: string[];
  mechanisms: string[];
}

/** A region's code with the codes of every term within it (its districts, theirs, …), from the regions vocabulary's terms. */
export function regionsWithin(code: string, terms: readonly { code: string; parent: string | null }[]): string[] {
  const within = [code];
  for (let at = 0; at < within.length; at++) {
    for (const term of terms) if (term.parent === within[at] && !within.includes(term.code)) within.push(term.code);
  }
  return within;
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
