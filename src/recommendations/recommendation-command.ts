import { Decide } from '../event-sourcing/decide';
import type { CommandContext } from '../event-sourcing/event-metadata';
import { CommandOf, RecommendationCommandType } from './recommendation.commands';
import { recommendationDecider } from './recommendation.decider';

/** A recommendation command as a route builds it; RecommendationFacts adds the facts before the decider decides. */
export type Sent<T extends RecommendationCommandType = RecommendationCommandType> = T extends RecommendationCommandType ? Omit<CommandOf<T>, 'facts'> : never;

/** A command on the recommendation it names, for the bus's one Decide handler. */
export class OnRecommendation extends Decide<typeof recommendationDecider> {
  constructor(command: Sent, context: CommandContext) {
    super(recommendationDecider, command.data.recommendationId, command, context, command.type === 'ProposeRecommendation');
  }
}
