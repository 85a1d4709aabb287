import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** A coordinator withdraws the recommendation, with a reason. */
export class WithdrawRecommendation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WithdrawRecommendation)
export class WithdrawRecommendationHandler implements ICommandHandler<WithdrawRecommendation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, reason, context }: WithdrawRecommendation): Promise<CommandResult> {
    return this.runner.run({ type: 'WithdrawRecommendation', recommendationId, data: { recommendationId, reason }, context });
  }
}
