import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { organisationDecider } from '../organisation.decider';

export class DeactivateOrganisation extends Command<CommandResult> {
  constructor(
    readonly organisationId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DeactivateOrganisation)
export class DeactivateOrganisationHandler implements ICommandHandler<DeactivateOrganisation> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ organisationId, reason, context }: DeactivateOrganisation): Promise<CommandResult> {
    return this.repository.execute(organisationDecider, organisationId, context, 'DeactivateOrganisation', () => ({
      type: 'DeactivateOrganisation',
      data: { organisationId, reason },
    }));
  }
}
