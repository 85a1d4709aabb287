import { EffectiveAtDto } from '../../kernel/validation';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

/** Starting work needs nothing but, for history entered late, when it happened. */
export class StartWorkDto extends EffectiveAtDto {}

const startWorkOnRecommendation = (recommendationId: string): Sent<'StartWorkOnRecommendation'> => ({
  type: 'StartWorkOnRecommendation',
  data: { recommendationId },
});

/** The responsible organisation starts work on an accepted recommendation. */
export class StartWorkOnRecommendation extends OnRecommendation {
  constructor(recommendationId: string, context: CommandContext) {
    super(startWorkOnRecommendation(recommendationId), context);
  }
}
