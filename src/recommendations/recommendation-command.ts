import { Decide } from '../event-sourcing/decide';
import { CommandContext } from '../event-sourcing/event-metadata';
import { CommandOf, RecommendationCommandType } from './recommendation.commands';
import { recommendationDecider } from './recommendation.decider';

/** A recommendation command as a route builds it; RecommendationFacts adds the facts before the decider decides. */
export type Sent<T extends RecommendationCommandType = RecommendationCommandType> = T extends RecommendationCommandType ? Omit<CommandOf<T>, 'facts'> : never;

/** The command for the bus: decided on the recommendation it names. */
export function onRecommendation(command: Sent, context: CommandContext): Decide<typeof recommendationDecider> {
  const creates = command.type === 'ProposeRecommendation';
  return new Decide(recommendationDecider, command.data.recommendationId, command, context, creates);
}
