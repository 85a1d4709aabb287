import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../forums/facts.lookup';
import { SpotlightPillar } from '../reporting-framework.events';
import { reportingFrameworkDecider } from '../reporting-framework.decider';

export class MapThemesToPillars extends Command<CommandResult> {
  constructor(
    readonly donorId: string,
    readonly mapping: Record<string, SpotlightPillar>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(MapThemesToPillars)
export class MapThemesToPillarsHandler implements ICommandHandler<MapThemesToPillars> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ donorId, mapping, context }: MapThemesToPillars): Promise<CommandResult> {
    const donor = await this.lookup.organisation(donorId);
    return this.repository.execute(
      reportingFrameworkDecider,
      donorId,
      context,
      'MapThemesToPillars',
      () => ({ type: 'MapThemesToPillars', data: { donorId, mapping }, donor }),
      { creates: true },
    );
  }
}
