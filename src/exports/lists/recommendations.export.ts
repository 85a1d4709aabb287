import type { QueryBus } from '@nestjs/cqrs';
import type { Principal } from '../../kernel/principal';
import { ListRecommendations, type RecommendationFilter, type RecommendationListItem } from '../../recommendations/queries/list-recommendations';
import { field } from '../export-columns';
import type { ExportList } from '../export-list';
import type { ExportLanguage } from '../labels/export-labels';
import type { Vocabularies } from '../../vocabularies/vocabularies';
import { type TagLabeller, tagLabel } from '../../recommendations/tag-labels';

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
    field('sdgTargets'),
    field('cedawAreas'),
    field('mechanisms'),
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

const TAGS = { themes: 'themes', targetRegions: 'regions', sdgTargets: 'sdgTargets', cedawAreas: 'cedawAreas', mechanisms: 'mechanisms' } as const;

/** The pages with each tag as its label in the export's language (a code no vocabulary holds, as the code marked unknown). */
export async function* labelledTags(
  pages: AsyncGenerator<RecommendationListItem[]>,
  vocabularies: Vocabularies,
  language: ExportLanguage,
): AsyncGenerator<RecommendationListItem[]> {
  for await (const page of pages) yield page.map((item) => labelled(item, vocabularies, language));
}

function labelled(item: RecommendationListItem, labeller: TagLabeller, language: ExportLanguage): RecommendationListItem {
  const labels = Object.entries(TAGS).map(([field, kind]) => [field, item[field as keyof typeof TAGS].map((code) => tagLabel(labeller, kind, code, language))]);
  return { ...item, ...Object.fromEntries(labels) };
}
