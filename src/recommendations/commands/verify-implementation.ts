import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** A donor funding the forum (or a coordinator) confirms the claimed implementation. */
export class VerifyImplementation extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly note: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(VerifyImplementation)
export class VerifyImplementationHandler implements ICommandHandler<VerifyImplementation> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, note, context }: VerifyImplementation): Promise<CommandResult> {
    return this.runner.run({ type: 'VerifyImplementation', recommendationId, data: { recommendationId, note }, context });
  }
}
