import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../kernel/access-policy';
import { hashPassword, verifyPassword } from '../../credentials/password-hashing';
import { SignInThrottle } from '../../credentials/sign-in-throttle';
import { RuleViolated } from '../../kernel/domain-errors';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';

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

/**
 * The account itself, knowing its current password, or a coordinator resetting it. Checks of the current
 * password are throttled like sign-ins; the change ends every existing session of the account.
 */
@CommandHandler(ChangePassword)
export class ChangePasswordHandler implements ICommandHandler<ChangePassword> {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly throttle: SignInThrottle,
  ) {}

  async execute({ accountId, newPassword, currentPassword, context }: ChangePassword): Promise<CommandResult> {
    requireSelfOrCoordinator(context.actor, accountId, 'change this password');
    const ownChange = context.actor.accountId === accountId;
    if (ownChange) await this.checkCurrentPassword(accountId, currentPassword);
    const passwordHash = await hashPassword(newPassword);
    return this.repository.execute(accountDecider, accountId, context, 'ChangePassword', () => ({ type: 'ChangePassword', data: { accountId, passwordHash } }));
  }

  private async checkCurrentPassword(accountId: string, currentPassword: string | undefined): Promise<void> {
    if (!currentPassword) throw new RuleViolated('currentPassword', 'currentPassword is needed to change your own password', 'CurrentPasswordNeeded');
    await this.throttle.beforePasswordCheck(accountId);
    const account = await this.repository.load(accountDecider, accountId);
    if (!(await verifyPassword(currentPassword, account.state.passwordHash))) {
      throw new RuleViolated('currentPassword', 'currentPassword is not your current password', 'CurrentPasswordWrong');
    }
    await this.throttle.afterPasswordCheck(accountId);
  }
}
