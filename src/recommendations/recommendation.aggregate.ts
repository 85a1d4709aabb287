import { EventSourcedAggregate } from '../event-sourcing/event-sourced-aggregate';
import { RecommendationCommand, RecommendationState, recommendationDecider } from './recommendation.decider';
import { RecommendationEvent } from './recommendation.events';

export class Recommendation extends EventSourcedAggregate<RecommendationCommand, RecommendationEvent, RecommendationState> {
  readonly kind = 'recommendation';

  constructor(id: string) {
    super(id, recommendationDecider);
  }

  static create = (id: string) => new Recommendation(id);
}
