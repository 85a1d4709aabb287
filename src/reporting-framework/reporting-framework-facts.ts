import { Injectable } from '@nestjs/common';
import { CommandFacts, SentCommand } from '../event-sourcing/decide';
import { FactsLookup } from '../forums/facts.lookup';
import { ReportingFrameworkCommand, reportingFrameworkDecider } from './reporting-framework.decider';

/** A framework's commands bring the facts of the donor it belongs to (which must be a registered organisation). */
@Injectable()
export class ReportingFrameworkFacts implements CommandFacts<typeof reportingFrameworkDecider> {
  constructor(private readonly lookup: FactsLookup) {}

  async complete(command: SentCommand): Promise<ReportingFrameworkCommand> {
    const { donorId } = command.data as { donorId: string };
    return { ...command, donor: await this.lookup.organisation(donorId) } as ReportingFrameworkCommand;
  }
}
