import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { FactsLookup } from '../../forums/facts.lookup';
import { reportingFrameworkDecider } from '../reporting-framework.decider';

export class SetIndicatorTargets extends Command<CommandResult> {
  constructor(
    readonly donorId: string,
    readonly period: string,
    readonly targets: Record<string, number>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SetIndicatorTargets)
export class SetIndicatorTargetsHandler implements ICommandHandler<SetIndicatorTargets> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lookup: FactsLookup,
  ) {}

  async execute({ donorId, period, targets, context }: SetIndicatorTargets): Promise<CommandResult> {
    const donor = await this.lookup.organisation(donorId);
    return this.repository.execute(
      reportingFrameworkDecider,
      donorId,
      context,
      'SetIndicatorTargets',
      () => ({ type: 'SetIndicatorTargets', data: { donorId, period, targets }, donor }),
      { creates: true },
    );
  }
}
