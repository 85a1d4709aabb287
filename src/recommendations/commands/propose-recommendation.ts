import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationProposedData } from '../recommendation.events';
import { RecommendationCommandRunner } from './recommendation-command-runner';

export type Proposal = Omit<RecommendationProposedData, 'recommendationId' | 'forumId'>;

/** A coordinator enters a recommendation made at a forum. */
export class ProposeRecommendation extends Command<CommandResult> {
  constructor(
    readonly forumId: string,
    readonly proposal: Proposal,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ProposeRecommendation)
export class ProposeRecommendationHandler implements ICommandHandler<ProposeRecommendation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ forumId, proposal, context }: ProposeRecommendation): Promise<CommandResult> {
    const recommendationId = newAggregateIdFor(context, 'recommendation');
    const data = { recommendationId, forumId, ...proposal };
    return this.runner.run({ type: 'ProposeRecommendation', recommendationId, forumId, data, context });
  }
}
