import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../../forums/facts.lookup';
import { ReportingFramework } from '../reporting-framework.aggregate';
import { LogoOwner, LogoReference } from '../reporting-framework.events';

/** A coordinator puts the donor's or the implementing organisation's logo (already stored by its content) on the donor's report covers. */
export class SetReportLogo extends Command<CommandResult> {
  constructor(
    readonly donorId: string,
    readonly whose: LogoOwner,
    readonly logo: LogoReference,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetReportLogo)
export class SetReportLogoHandler implements ICommandHandler<SetReportLogo> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ donorId, whose, logo, context }: SetReportLogo): Promise<CommandResult> {
    const donor = await this.lookup.organisation(donorId);
    return this.repository.execute(
      ReportingFramework.create,
      donorId,
      context,
      'SetReportLogo',
      (framework) => framework.execute({ type: 'SetReportLogo', data: { donorId, whose, ...logo }, donor }),
      { creates: true },
    );
  }
}
