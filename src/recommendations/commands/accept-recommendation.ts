import { EffectiveAtDto } from '../../kernel/validation';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

/** Accepting needs nothing but, for history entered late, when it happened. */
export class AcceptRecommendationDto extends EffectiveAtDto {}

const acceptRecommendation = (recommendationId: string): Sent<'AcceptRecommendation'> => ({
  type: 'AcceptRecommendation',
  data: { recommendationId },
});

/** The responsible organisation accepts the assignment. */
export class AcceptRecommendation extends OnRecommendation {
  constructor(recommendationId: string, context: CommandContext) {
    super(acceptRecommendation(recommendationId), context);
  }
}
