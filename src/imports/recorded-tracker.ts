import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { forumDecider } from '../forums/forum.decider';
import { ListForums } from '../forums/queries/list-forums';
import type { Principal } from '../kernel/principal';
import { ListOrganisations, type OrganisationListItem } from '../organisations/queries/list-organisations';
import { ListRecommendations } from '../recommendations/queries/list-recommendations';
import { recommendationDecider } from '../recommendations/recommendation.decider';
import type { RecommendationState } from '../recommendations/recommendation.state';

export interface RecordedRecommendation {
  state: RecommendationState;
  commandIds: Set<string>;
}

/** What the tracker holds that an import is checked against. */
export interface RecordedTracker {
  organisations(): Promise<OrganisationListItem[]>;
  forums(): Promise<{ forumId: string; title: string; startDate: string }[]>;
  forumExists(forumId: string): Promise<boolean>;
  recommendation(recommendationId: string): Promise<RecordedRecommendation | null>;
  recommendationsOf(forumId: string): Promise<{ id: string; text: string }[]>;
}

/**
 * The tracker as the import sees it: the lists from the read model (waiting for `minPosition`), and the
 * streams the import's own ids name read from the store, so that what an earlier import wrote is always seen.
 */
@Injectable()
export class RecordedTrackerReader {
  constructor(
    private readonly queries: QueryBus,
    private readonly repository: EventSourcedRepository,
  ) {}

  for(actor: Principal, minPosition?: string): RecordedTracker {
    return {
      organisations: () => this.all((page) => this.queries.execute(new ListOrganisations({ page, pageSize: 500 }, minPosition))),
      forums: () => this.queries.execute(new ListForums(actor, {}, minPosition)),
      forumExists: async (forumId) => (await this.repository.load(forumDecider, forumId)).exists,
      recommendation: async (recommendationId) => {
        const stream = await this.repository.load(recommendationDecider, recommendationId);
        return stream.exists ? { state: stream.state, commandIds: new Set(stream.recordedCommands.keys()) } : null;
      },
      recommendationsOf: (forumId) => this.all((page) => this.queries.execute(new ListRecommendations({ forumId, page, pageSize: 500 }, actor, minPosition))),
    };
  }

  private async all<T>(pageOf: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page++) {
      const answer = await pageOf(page);
      items.push(...answer.items);
      if (answer.items.length === 0 || items.length >= answer.total) return items;
    }
  }
}
