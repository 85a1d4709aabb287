import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { Evidence } from '../recommendation.events';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** The responsible organisation claims the recommendation is carried out, with a summary and evidence. */
export class MarkRecommendationImplemented extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly summary: string,
    readonly evidence: Evidence[],
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MarkRecommendationImplemented)
export class MarkRecommendationImplementedHandler implements ICommandHandler<MarkRecommendationImplemented> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, summary, evidence, context }: MarkRecommendationImplemented): Promise<CommandResult> {
    const data = { recommendationId, summary, evidence };
    return this.runner.run({ type: 'MarkRecommendationImplemented', recommendationId, data, context });
  }
}
