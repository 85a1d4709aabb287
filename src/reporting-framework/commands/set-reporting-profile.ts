import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../forums/facts.lookup';
import { reportingFrameworkDecider } from '../reporting-framework.decider';
import { ReportingProfile } from '../reporting-framework.events';

/** A coordinator says how a donor reports: its fiscal year, its template, its award number. */
export class SetReportingProfile extends Command<CommandResult> {
  constructor(
    readonly donorId: string,
    readonly profile: ReportingProfile,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetReportingProfile)
export class SetReportingProfileHandler implements ICommandHandler<SetReportingProfile> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ donorId, profile, context }: SetReportingProfile): Promise<CommandResult> {
    const donor = await this.lookup.organisation(donorId);
    const data = { donorId, ...profile };
    return this.repository.execute(reportingFrameworkDecider, donorId, context, 'SetReportingProfile', () => ({ type: 'SetReportingProfile', data, donor }), {
      creates: true,
    });
  }
}
