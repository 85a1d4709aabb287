import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** The responsible organisation declines it: it goes back to the coordinator, unassigned. */
export class DeclineRecommendation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DeclineRecommendation)
export class DeclineRecommendationHandler implements ICommandHandler<DeclineRecommendation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, reason, context }: DeclineRecommendation): Promise<CommandResult> {
    return this.runner.run({ type: 'DeclineRecommendation', recommendationId, data: { recommendationId, reason }, context });
  }
}
