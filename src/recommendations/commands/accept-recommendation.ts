import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** The responsible organisation takes the recommendation on. */
export class AcceptRecommendation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AcceptRecommendation)
export class AcceptRecommendationHandler implements ICommandHandler<AcceptRecommendation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, context }: AcceptRecommendation): Promise<CommandResult> {
    return this.runner.run({ type: 'AcceptRecommendation', recommendationId, data: { recommendationId }, context });
  }
}
