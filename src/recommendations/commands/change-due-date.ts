import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationCommandRunner } from './recommendation-command-runner';

/** A coordinator moves the due date, with a reason. */
export class ChangeDueDate extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly dueDate: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeDueDate)
export class ChangeDueDateHandler implements ICommandHandler<ChangeDueDate> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, dueDate, reason, context }: ChangeDueDate): Promise<CommandResult> {
    return this.runner.run({ type: 'ChangeDueDate', recommendationId, data: { recommendationId, dueDate, reason }, context });
  }
}
