import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ForumListItem, ListForums } from '../forums/queries/list-forums';
import type { Principal } from '../kernel/principal';
import { ListOrganisations } from '../organisations/queries/list-organisations';
import { GetRecommendation } from '../recommendations/queries/get-recommendation';
import { ListRecommendations, RecommendationListItem } from '../recommendations/queries/list-recommendations';
import { connectedGroups } from './clusters';
import { RecurrenceReadModel } from './recurrence-read-model';
import { REPEAT_THRESHOLD, similarity } from './similarity';

const PAGE_SIZE = 200;
const SUGGESTIONS = 5;
const IMPLEMENTED = ['implemented', 'verified'];

export interface ClusterMember {
  id: string;
  text: string;
  status: string;
  proposedAt: string;
  forumId: string;
  forumTitle: string;
  forumStartDate: string | null;
  donors: { id: string; name: string }[];
}

export interface Cluster {
  firstMadeAt: string;
  timesMade: number;
  forums: number;
  stillNotImplemented: boolean;
  /** "made N times since YEAR, still not implemented" when none of them is implemented or verified. */
  summary: string;
  members: ClusterMember[];
}

export interface RepeatSuggestion {
  id: string;
  text: string;
  forumId: string;
  forumTitle: string;
  proposedAt: string;
  status: string;
  similarity: number;
}

/** Clusters of repeated recommendations and likely repeats, read through the other capabilities' queries (their access rules apply). */
@Injectable()
export class RecurringRecommendations {
  constructor(
    private readonly queries: QueryBus,
    private readonly readModel: RecurrenceReadModel,
  ) {}

  async clusters(reader: Principal, minPosition?: string): Promise<Cluster[]> {
    const links = await this.readModel.links(minPosition);
    const visible = new Map((await this.recommendations(reader)).map((item) => [item.id, item]));
    const forums = new Map((await this.queries.execute(new ListForums(reader))).map((forum) => [forum.forumId, forum]));
    const names = await this.organisationNames();
    const clusters = connectedGroups(links)
      .map((group) => group.flatMap((id) => visible.get(id) ?? []))
      .filter((members) => members.length > 1)
      .map((members) => clusterOf(members, forums, names));
    return clusters.sort((a, b) => a.firstMadeAt.localeCompare(b.firstMadeAt) || b.timesMade - a.timesMade);
  }

  /** The earlier ones it is linked to, directly. */
  async linked(recommendationId: string, minPosition?: string): Promise<string[]> {
    return (await this.readModel.links(minPosition)).flatMap((link) => (link.recommendationId === recommendationId ? [link.earlierId] : []));
  }

  /** The earlier ones it is linked to, as the reader may see them. */
  async linkedEarlier(recommendationId: string, reader: Principal, minPosition?: string): Promise<Omit<RepeatSuggestion, 'similarity'>[]> {
    await this.queries.execute(new GetRecommendation(recommendationId, reader));
    const linked = new Set(await this.linked(recommendationId, minPosition));
    return (await this.recommendations(reader)).filter((item) => linked.has(item.id)).map(suggestionOf);
  }

  async suggestions(recommendationId: string, reader: Principal, minPosition?: string): Promise<RepeatSuggestion[]> {
    await this.queries.execute(new GetRecommendation(recommendationId, reader));
    const all = await this.recommendations(reader);
    const target = all.find((item) => item.id === recommendationId);
    if (!target) return [];
    const linked = new Set(await this.linked(recommendationId, minPosition));
    return all
      .filter((item) => item.forumId !== target.forumId && item.proposedAt < target.proposedAt && !linked.has(item.id))
      .map((item) => ({ ...suggestionOf(item), similarity: round(similarity(target.text, item.text)) }))
      .filter((item) => item.similarity >= REPEAT_THRESHOLD)
      .sort((a, b) => b.similarity - a.similarity || a.id.localeCompare(b.id))
      .slice(0, SUGGESTIONS);
  }

  private async recommendations(reader: Principal): Promise<RecommendationListItem[]> {
    const items: RecommendationListItem[] = [];
    for (let page = 1; ; page++) {
      const answer = await this.queries.execute(new ListRecommendations({ page, pageSize: PAGE_SIZE, sort: 'proposedAt' }, reader));
      items.push(...answer.items);
      if (items.length >= answer.total || answer.items.length === 0) return items;
    }
  }

  private async organisationNames(): Promise<Map<string, string>> {
    const answer = await this.queries.execute(new ListOrganisations({ page: 1, pageSize: 10_000 }));
    return new Map(answer.items.map((organisation) => [organisation.id, organisation.name]));
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

function suggestionOf(item: RecommendationListItem): Omit<RepeatSuggestion, 'similarity'> {
  const { id, text, forumId, forumTitle, proposedAt, status } = item;
  return { id, text, forumId, forumTitle, proposedAt, status };
}

function clusterOf(items: RecommendationListItem[], forums: Map<string, ForumListItem>, names: Map<string, string>): Cluster {
  const members = items
    .map((item) => {
      const forum = forums.get(item.forumId);
      const donors = (forum?.funders ?? []).map((id) => ({ id, name: names.get(id) ?? id }));
      return { ...suggestionOf(item), forumStartDate: forum?.startDate ?? null, donors };
    })
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt) || a.id.localeCompare(b.id));
  const firstMadeAt = members[0].proposedAt;
  const stillNotImplemented = members.every((member) => !IMPLEMENTED.includes(member.status));
  const timesMade = members.length;
  const since = `made ${timesMade} times since ${firstMadeAt.slice(0, 4)}`;
  const forumCount = new Set(members.map((member) => member.forumId)).size;
  return { firstMadeAt, timesMade, forums: forumCount, stillNotImplemented, summary: stillNotImplemented ? `${since}, still not implemented` : since, members };
}
