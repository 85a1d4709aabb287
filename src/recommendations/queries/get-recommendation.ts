import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AggregateNotFound } from '../../event-sourcing/domain-errors';
import { EventSourcedRepository, HistoryEntry } from '../../event-sourcing/event-sourced-repository';
import { Recommendation } from '../recommendation.aggregate';
import { RecommendationState } from '../recommendation.state';

export interface RecommendationView extends RecommendationState {
  id: string;
  revision: bigint;
  history: HistoryEntry[];
}

export class GetRecommendation extends Query<RecommendationView> {
  constructor(readonly recommendationId: string) {
    super();
  }
}

@QueryHandler(GetRecommendation)
export class GetRecommendationHandler implements IQueryHandler<GetRecommendation> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ recommendationId }: GetRecommendation): Promise<RecommendationView> {
    const { aggregate, history } = await this.repository.loadWithHistory(Recommendation.create, recommendationId);
    if (aggregate.revision === null) throw new AggregateNotFound('recommendation', recommendationId);
    return { id: recommendationId, revision: aggregate.revision, ...aggregate.state, history };
  }
}
