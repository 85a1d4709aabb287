import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Role } from '../../kernel/principal';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';
import { LastCoordinator } from '../last-coordinator';
import { requireActiveOrganisation } from '../organisation-membership';

export class ChangeAccountRole extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly role: Role,
    readonly organisationId: string | null,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangeAccountRole)
export class ChangeAccountRoleHandler implements ICommandHandler<ChangeAccountRole> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lastCoordinator: LastCoordinator,
  ) {}

  async execute({ accountId, role, organisationId, context }: ChangeAccountRole): Promise<CommandResult> {
    await requireActiveOrganisation(this.repository, organisationId);
    const data = { accountId, role, organisationId };
    const change = () => this.repository.execute(accountDecider, accountId, context, 'ChangeAccountRole', () => ({ type: 'ChangeAccountRole', data }));
    return role === 'coordinator' ? change() : this.lastCoordinator.keepAnother(accountId, change);
  }
}
