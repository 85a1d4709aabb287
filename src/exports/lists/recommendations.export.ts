import type { QueryBus } from '@nestjs/cqrs';
import type { Principal } from '../../kernel/principal';
import { ListRecommendations, type RecommendationFilter, type RecommendationListItem } from '../../recommendations/queries/list-recommendations';
import { field } from '../export-columns';
import type { ExportList } from '../export-list';

export const RECOMMENDATIONS_EXPORT: ExportList<RecommendationListItem> = {
  name: 'recommendations',
  columns: [
    field('id'),
    field('text'),
    field('forumId'),
    field('forumTitle'),
    field('priority', { kind: 'enum', group: 'priority' }),
    field('status', { kind: 'enum', group: 'status' }),
    field('responsibleOrganisationId'),
    field('responsibleOrganisationName'),
    field('dueDate', { kind: 'date' }),
    field('overdue', { kind: 'yesNo' }),
    field('daysOverdue', { kind: 'number' }),
    field('proposedAt', { kind: 'date' }),
    field('lastChangedAt', { kind: 'date' }),
    field('percentComplete', { kind: 'number' }),
    field('themes'),
    field('targetRegions'),
  ],
  defaults: ['text', 'forumTitle', 'status', 'responsibleOrganisationName', 'dueDate', 'daysOverdue', 'percentComplete'],
};

/** The list's own largest page (GET /recommendations refuses a larger one). */
const PAGE_SIZE = 200;

/**
 * Every page of the list as the caller may see it, one page at a time. Pages are read one after the other, so an
 * item that moves while the export runs could show up on two: it is written once.
 */
export async function* recommendationPages(
  queries: QueryBus,
  filter: Omit<RecommendationFilter, 'page' | 'pageSize'>,
  actor: Principal,
  minPosition?: string,
): AsyncGenerator<RecommendationListItem[]> {
  const written = new Set<string>();
  for (let page = 1; ; page++) {
    const answer = await queries.execute(new ListRecommendations({ ...filter, page, pageSize: PAGE_SIZE }, actor, page === 1 ? minPosition : undefined));
    yield answer.items.filter((item) => !written.has(item.id) && written.add(item.id));
    if (answer.items.length < PAGE_SIZE || page * PAGE_SIZE >= answer.total) return;
  }
}
