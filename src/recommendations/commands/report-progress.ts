import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult } from '../../event-sourcing/event-sourced-repository';
import { RecommendationProgressReportedData } from '../recommendation.events';
import { RecommendationCommandRunner } from './recommendation-command-runner';

export type ProgressReport = Omit<RecommendationProgressReportedData, 'recommendationId'>;

/** The responsible organisation reports progress with evidence; on an accepted one this also starts the work. */
export class ReportProgress extends Command<CommandResult> {
  constructor(
    readonly recommendationId: string,
    readonly report: ProgressReport,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ReportProgress)
export class ReportProgressHandler implements ICommandHandler<ReportProgress> {
  constructor(private readonly runner: RecommendationCommandRunner) {}

  execute({ recommendationId, report, context }: ReportProgress): Promise<CommandResult> {
    return this.runner.run({ type: 'ReportProgress', recommendationId, data: { recommendationId, ...report }, context });
  }
}
