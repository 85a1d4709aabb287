import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../auth/access-policy';
import { hashPassword, verifyPassword } from '../../auth/password-hashing';
import { RuleViolated } from '../../event-sourcing/domain-errors';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { Account } from '../account.aggregate';

export class ChangePassword extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly newPassword: string,
    readonly currentPassword: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The account itself, knowing its current password, or a coordinator resetting it. */
@CommandHandler(ChangePassword)
export class ChangePasswordHandler implements ICommandHandler<ChangePassword> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ accountId, newPassword, currentPassword, context }: ChangePassword): Promise<CommandResult> {
    requireSelfOrCoordinator(context.actor, accountId, 'change this password');
    const passwordHash = await hashPassword(newPassword);
    return this.repository.execute(Account.create, accountId, context, 'ChangePassword', async (account) => {
      const ownReset = context.actor.accountId === accountId;
      if (ownReset && !(currentPassword && (await verifyPassword(currentPassword, account.state.passwordHash)))) {
        throw new RuleViolated('currentPassword', 'currentPassword is not your current password');
      }
      account.execute({ type: 'ChangePassword', data: { accountId, passwordHash } });
    });
  }
}
