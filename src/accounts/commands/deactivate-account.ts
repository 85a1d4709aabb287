import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RuleViolated } from '../../kernel/domain-errors';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';
import { LastCoordinator } from '../last-coordinator';

export class DeactivateAccount extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(DeactivateAccount)
export class DeactivateAccountHandler implements ICommandHandler<DeactivateAccount> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly lastCoordinator: LastCoordinator,
  ) {}

  execute({ accountId, reason, context }: DeactivateAccount): Promise<CommandResult> {
    if (accountId === context.actor.accountId) {
      throw new RuleViolated('accountId', 'you cannot deactivate your own account; ask another coordinator', 'CannotDeactivateSelf');
    }
    const data = { accountId, reason };
    return this.lastCoordinator.keepAnother(
      accountId,
      () => this.repository.execute(accountDecider, accountId, context, 'DeactivateAccount', () => ({ type: 'DeactivateAccount', data })),
      'accountId',
    );
  }
}
