import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { requireFundedByDonor } from '../../kernel/access-policy';
import type { Principal } from '../../kernel/principal';
import { AggregateNotFound } from '../../kernel/domain-errors';
import { EventSourcedRepository, HistoryEntry } from '../../event-sourcing/event-sourced-repository';
import { forumDecider } from '../../forums/forum.decider';
import { recommendationDecider } from '../recommendation.decider';
import { RecommendationState, percentCompleteOf } from '../recommendation.state';

export interface RecommendationView extends RecommendationState {
  id: string;
  revision: bigint;
  history: HistoryEntry[];
}

export class GetRecommendation extends Query<RecommendationView> {
  constructor(
    readonly recommendationId: string,
    readonly reader: Principal,
  ) {
    super();
  }
}

@QueryHandler(GetRecommendation)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendation> {
  constructor(private readonly repository: EventSourcedRepository) {}

  /** Donors read only the recommendations of forums their organisation funds. */
  async execute({ recommendationId, reader }: GetRecommendation): Promise<RecommendationView> {
    const { aggregate, history } = await this.repository.loadWithHistory(recommendationDecider, recommendationId);
    if (aggregate.revision === null) throw new AggregateNotFound('recommendation', recommendationId);
    if (reader.role === 'donor') {
      const forum = await this.repository.load(forumDecider, aggregate.state.forumId as string);
      requireFundedByDonor(reader, forum.state.funders, 'recommendation', recommendationId);
    }
    const { state } = aggregate;
    return { id: recommendationId, revision: aggregate.revision, ...state, percentComplete: percentCompleteOf(state.status, state.percentComplete), history };
  }
}
