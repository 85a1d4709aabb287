import { Module } from '@nestjs/common';
import { EventRegistry } from '../event-sourcing/event-registry';
import { ForumsModule } from '../forums/forums.module';
import { AcceptRecommendationHandler } from './commands/accept-recommendation';
import { AssignRecommendationHandler } from './commands/assign-recommendation';
import { ChangeDueDateHandler } from './commands/change-due-date';
import { CorrectEffectiveDateHandler } from './commands/correct-effective-date';
import { DeclineRecommendationHandler } from './commands/decline-recommendation';
import { DisputeImplementationHandler } from './commands/dispute-implementation';
import { MarkRecommendationImplementedHandler } from './commands/mark-recommendation-implemented';
import { ProposeRecommendationHandler } from './commands/propose-recommendation';
import { ReassignRecommendationHandler } from './commands/reassign-recommendation';
import { RecommendationCommandRunner } from './commands/recommendation-command-runner';
import { ReportProgressHandler } from './commands/report-progress';
import { StartWorkOnRecommendationHandler } from './commands/start-work-on-recommendation';
import { VerifyImplementationHandler } from './commands/verify-implementation';
import { WithdrawRecommendationHandler } from './commands/withdraw-recommendation';
import { ForumRecommendationsController } from './forum-recommendations.controller';
import { GetRecommendationHandler } from './queries/get-recommendation';
import { RecommendationCorrectionsController } from './recommendation-corrections.controller';
import { RecommendationFollowUpController } from './recommendation-follow-up.controller';
import { RecommendationVerificationController } from './recommendation-verification.controller';
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
  providers: [
    RecommendationCommandRunner,
    ProposeRecommendationHandler,
    AssignRecommendationHandler,
    AcceptRecommendationHandler,
    DeclineRecommendationHandler,
    StartWorkOnRecommendationHandler,
    ReportProgressHandler,
    ChangeDueDateHandler,
    ReassignRecommendationHandler,
    MarkRecommendationImplementedHandler,
    VerifyImplementationHandler,
    DisputeImplementationHandler,
    WithdrawRecommendationHandler,
    CorrectEffectiveDateHandler,
    GetRecommendationHandler,
  ],
})
export class RecommendationsModule {
  constructor(registry: EventRegistry) {
    registry.register(...RECOMMENDATION_EVENTS);
  }
}
