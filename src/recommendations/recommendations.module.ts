import { Module } from '@nestjs/common';
import { CommandFactsRegistry } from '../event-sourcing/decide';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ForumsModule } from '../forums/forums.module';
import { ForumRecommendationsController } from './forum-recommendations.controller';
import { GetRecommendationHandler } from './queries/get-recommendation';
import { RecommendationCorrectionsController } from './recommendation-corrections.controller';
import { RecommendationFacts } from './recommendation-facts';
import { RecommendationFollowUpController } from './recommendation-follow-up.controller';
import { RecommendationVerificationController } from './recommendation-verification.controller';
import { recommendationDecider } from './recommendation.decider';
import { RECOMMENDATION_EVENTS } from './recommendation.events';
import { RecommendationsController } from './recommendations.controller';

@Module({
  imports: [ForumsModule],
  controllers: [
    ForumRecommendationsController,
    RecommendationsController,
    RecommendationFollowUpController,
    RecommendationVerificationController,
    RecommendationCorrectionsController,
  ],
  providers: [RecommendationFacts, GetRecommendationHandler],
})
export class RecommendationsModule {
  constructor(registry: EventRegistry, commandFacts: CommandFactsRegistry, facts: RecommendationFacts) {
    registry.register(...RECOMMENDATION_EVENTS);
    commandFacts.register(recommendationDecider, facts);
  }
}
