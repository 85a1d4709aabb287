import { EffectiveAtDto } from '../../kernel/validation';
import { Sent } from '../recommendation-command';

/** Accepting needs nothing but, for history entered late, when it happened. */
export class AcceptRecommendationDto extends EffectiveAtDto {}

/** The responsible organisation accepts the assignment. */
export const acceptRecommendation = (recommendationId: string): Sent<'AcceptRecommendation'> => ({
  type: 'AcceptRecommendation',
  data: { recommendationId },
});
