import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../../forums/facts.lookup';
import { ReportingFramework } from '../reporting-framework.aggregate';
import { NarrativeSection } from '../reporting-framework.events';

/** Coordinators write the narrative of a donor's report for a period; it replaces what was written for that period before. */
export class WriteReportNarrative extends Command<CommandResult> {
  constructor(
    readonly donorId: string,
    readonly period: string,
    readonly sections: Partial<Record<NarrativeSection, string>>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(WriteReportNarrative)
export class WriteReportNarrativeHandler implements ICommandHandler<WriteReportNarrative> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ donorId, period, sections, context }: WriteReportNarrative): Promise<CommandResult> {
    const donor = await this.lookup.organisation(donorId);
    return this.repository.execute(
      ReportingFramework.create,
      donorId,
      context,
      'WriteReportNarrative',
      (framework) => framework.execute({ type: 'WriteReportNarrative', data: { donorId, period, sections }, donor }),
      { creates: true },
    );
  }
}
