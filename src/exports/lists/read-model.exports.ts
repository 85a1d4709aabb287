import type { QueryBus } from '@nestjs/cqrs';
import type { Principal } from '../../kernel/principal';
import {
  type ForumFollowThrough,
  ListForumFollowThrough,
  ListOrganisationScorecards,
  ListOverdueCommitments,
  type OrganisationScorecard,
  type OverdueAging,
  type ReadModelListOptions,
} from '../../projections/queries/read-model-lists';
import { field } from '../export-columns';
import type { ExportList } from '../export-list';
import { statusCountColumns } from './status-counts';

type OverdueCommitment = OverdueAging['commitments'][number];

export const FORUMS_EXPORT: ExportList<ForumFollowThrough> = {
  name: 'forums',
  columns: [
    field('forumId'),
    field('title'),
    field('kind', { kind: 'enum', group: 'forumKind' }),
    field('startDate', { kind: 'date' }),
    field('region'),
    field('recommendations', { kind: 'number' }),
    ...statusCountColumns<ForumFollowThrough>(),
    field('overdue', { kind: 'number' }),
    field('implementationRate', { kind: 'rate' }),
    field('medianDaysToImplementation', { kind: 'number' }),
  ],
  defaults: ['title', 'kind', 'startDate', 'region', 'recommendations', 'overdue', 'implementationRate'],
};

export const SCORECARDS_EXPORT: ExportList<OrganisationScorecard> = {
  name: 'scorecards',
  columns: [
    field('organisationId'),
    field('organisationName'),
    field('responsibleFor', { kind: 'number' }),
    ...statusCountColumns<OrganisationScorecard>(),
    field('overdue', { kind: 'number' }),
    field('onTimeRate', { kind: 'rate' }),
    field('medianDaysToImplementation', { kind: 'number' }),
  ],
  defaults: ['organisationName', 'responsibleFor', 'overdue', 'onTimeRate', 'medianDaysToImplementation'],
};

export const OVERDUE_EXPORT: ExportList<OverdueCommitment> = {
  name: 'overdue',
  columns: [
    field('recommendationId'),
    field('forumId'),
    field('responsibleOrganisationId'),
    field('status', { kind: 'enum', group: 'status' }),
    field('dueDate', { kind: 'date' }),
    field('daysOverdue', { kind: 'number' }),
    field('bucket', { kind: 'enum', group: 'bucket' }),
  ],
  defaults: ['recommendationId', 'forumId', 'responsibleOrganisationId', 'status', 'dueDate', 'daysOverdue', 'bucket'],
};

/**
 * The forums as the forums page lists them (GET /follow-through/forums), with the page's search: words in the title,
 * in any case.
 */
export async function* forumPages(queries: QueryBus, options: ReadModelListOptions & { q?: string }, actor: Principal): AsyncGenerator<ForumFollowThrough[]> {
  const { q, ...asked } = options;
  const words = q?.trim().toLocaleLowerCase();
  const forums = await queries.execute(new ListForumFollowThrough(asked, actor));
  yield words ? forums.filter((forum) => forum.title.toLocaleLowerCase().includes(words)) : forums;
}

export async function* scorecardPages(queries: QueryBus, options: ReadModelListOptions, actor: Principal): AsyncGenerator<OrganisationScorecard[]> {
  yield await queries.execute(new ListOrganisationScorecards(options, actor));
}

export async function* overduePages(queries: QueryBus, options: ReadModelListOptions, actor: Principal): AsyncGenerator<OverdueCommitment[]> {
  yield (await queries.execute(new ListOverdueCommitments(options, actor))).commitments;
}
