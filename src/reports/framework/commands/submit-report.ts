import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../../forums/facts.lookup';
import { ReportingFramework } from '../reporting-framework.aggregate';
import { ReportSubmittedData } from '../reporting-framework.events';

/** A coordinator marks a donor report submitted: its files, already kept by their content, and the data position they were made at. */
export class SubmitReport extends Command<CommandResult> {
  constructor(
    readonly donorId: string,
    readonly submission: Omit<ReportSubmittedData, 'donorId'>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SubmitReport)
export class SubmitReportHandler implements ICommandHandler<SubmitReport> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ donorId, submission, context }: SubmitReport): Promise<CommandResult> {
    const donor = await this.lookup.organisation(donorId);
    return this.repository.execute(
      ReportingFramework.create,
      donorId,
      context,
      'SubmitReport',
      (framework) => framework.execute({ type: 'SubmitReport', data: { donorId, ...submission }, donor }),
      { creates: true },
    );
  }
}
