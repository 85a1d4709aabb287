import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { RegisterOrganisationDto } from '../dto/register-organisation.dto';
import { organisationDecider } from '../organisation.decider';

export class RegisterOrganisation extends Command<CommandResult> {
  constructor(
    readonly details: RegisterOrganisationDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterOrganisation)
export class RegisterOrganisationHandler implements ICommandHandler<RegisterOrganisation> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ details, context }: RegisterOrganisation): Promise<CommandResult> {
    const organisationId = newAggregateIdFor(context, 'organisation');
    const data = { organisationId, ...details, region: details.region ?? null };
    return this.repository.execute(organisationDecider, organisationId, context, 'RegisterOrganisation', () => ({ type: 'RegisterOrganisation', data }), {
      creates: true,
    });
  }
}
