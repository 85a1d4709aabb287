import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** A donor funding the forum (or a coordinator) disputes the claimed implementation: the work reopens. */
export class DisputeImplementation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DisputeImplementation)
export class DisputeImplementationHandler implements ICommandHandler<DisputeImplementation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, reason, context }: DisputeImplementation): Promise<CommandResult> {
    return this.runner.run({ type: 'DisputeImplementation', recommendationId, data: { recommendationId, reason }, context });
  }
}
