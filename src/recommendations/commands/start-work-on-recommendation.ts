import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** The responsible organisation starts carrying it out. */
export class StartWorkOnRecommendation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(StartWorkOnRecommendation)
export class StartWorkOnRecommendationHandler implements ICommandHandler<StartWorkOnRecommendation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, context }: StartWorkOnRecommendation): Promise<CommandResult> {
    return this.runner.run({ type: 'StartWorkOnRecommendation', recommendationId, data: { recommendationId }, context });
  }
}
