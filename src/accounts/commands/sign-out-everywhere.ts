import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../kernel/access-policy';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';

/** Ends every session of the account at once (a lost laptop); API tokens are revoked on their own. */
export class SignOutEverywhere extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(SignOutEverywhere)
export class SignOutEverywhereHandler implements ICommandHandler<SignOutEverywhere> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ accountId, context }: SignOutEverywhere): Promise<CommandResult> {
    requireSelfOrCoordinator(context.actor, accountId, 'sign this account out everywhere');
    return this.repository.execute(accountDecider, accountId, context, 'SignOutEverywhere', () => ({ type: 'SignOutEverywhere', data: { accountId } }));
  }
}
