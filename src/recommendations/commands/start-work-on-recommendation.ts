import { EffectiveAtDto } from '../../kernel/validation';
import { Sent } from '../recommendation-command';

/** Starting work needs nothing but, for history entered late, when it happened. */
export class StartWorkDto extends EffectiveAtDto {}

/** The responsible organisation starts work on an accepted recommendation. */
export const startWorkOnRecommendation = (recommendationId: string): Sent<'StartWorkOnRecommendation'> => ({
  type: 'StartWorkOnRecommendation',
  data: { recommendationId },
});
