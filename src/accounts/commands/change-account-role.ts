import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Role } from '../../auth/principal';
import { RuleViolated } from '../../event-sourcing/domain-errors';
import { ProjectionEngine } from '../../projections/projection-engine';
import { listAccounts } from '../../projections/read-models/account-audit/account-list.query';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { Account } from '../account.aggregate';
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
    private readonly projections: ProjectionEngine,
  ) {}

  async execute({ accountId, role, organisationId, context }: ChangeAccountRole): Promise<CommandResult> {
    await requireActiveOrganisation(this.repository, organisationId);
    if (role !== 'coordinator') await this.requireAnotherCoordinator(accountId);
    const data = { accountId, role, organisationId };
    return this.repository.execute(Account.create, accountId, context, 'ChangeAccountRole', (a) => a.execute({ type: 'ChangeAccountRole', data }));
  }

  /**
   * No one could manage accounts once the last coordinator became something else, and no setup token is
   * printed on a store that had one. Candidates come from the account list; each is confirmed on its stream.
   */
  private async requireAnotherCoordinator(accountId: string): Promise<void> {
    const account = await this.repository.load(Account.create, accountId);
    if (account.state.role !== 'coordinator' || account.state.status !== 'active') return;
    const listed = listAccounts(this.projections.reader('account-audit'), { role: 'coordinator', page: 1, pageSize: 100_000 }).items;
    for (const candidate of listed.filter((a) => a.id !== accountId && a.status === 'active')) {
      const other = await this.repository.load(Account.create, candidate.id);
      if (other.state.role === 'coordinator' && other.state.status === 'active') return;
    }
    throw new RuleViolated('role', 'this is the last active coordinator: make another account coordinator first');
  }
}
