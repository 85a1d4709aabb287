import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../kernel/access-policy';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';

export class RevokeApiToken extends Command<CommandResult> {
  constructor(
    readonly accountId: string,
    readonly tokenId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RevokeApiToken)
export class RevokeApiTokenHandler implements ICommandHandler<RevokeApiToken> {
  constructor(private readonly repository: EventSourcedRepository) {}

  execute({ accountId, tokenId, context }: RevokeApiToken): Promise<CommandResult> {
    requireSelfOrCoordinator(context.actor, accountId, 'revoke API tokens of this account');
    const data = { accountId, tokenId };
    return this.repository.execute(accountDecider, accountId, context, 'RevokeApiToken', () => ({ type: 'RevokeApiToken', data }));
  }
}
