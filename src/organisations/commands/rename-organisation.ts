import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { organisationDecider } from '../organisation.decider';

export class RenameOrganisation extends Command<CommandResult> {
  constructor(
    readonly organisationId: string,
    readonly name: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RenameOrganisation)
export class RenameOrganisationHandler implements ICommandHandler<RenameOrganisation> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ organisationId, name, context }: RenameOrganisation): Promise<CommandResult> {
    return this.repository.execute(organisationDecider, organisationId, context, 'RenameOrganisation', () => ({
      type: 'RenameOrganisation',
      data: { organisationId, name },
    }));
  }
}
