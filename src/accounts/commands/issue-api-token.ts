import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireSelfOrCoordinator } from '../../kernel/access-policy';
import { newApiToken } from '../../credentials/api-token';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';

export class IssueApiToken extends Command<CommandResult & { token: string | null; tokenId: string }> {
  constructor(
    readonly accountId: string,
    readonly label: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A token for scripts, shown once: only the hash of its secret is recorded. */
@CommandHandler(IssueApiToken)
export class IssueApiTokenHandler implements ICommandHandler<IssueApiToken> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ accountId, label, context }: IssueApiToken) {
    requireSelfOrCoordinator(context.actor, accountId, 'issue API tokens for this account');
    const token = newApiToken(accountId);
    const data = { accountId, tokenId: token.tokenId, label, secretHash: token.secretHash };
    const result = await this.repository.execute(accountDecider, accountId, context, 'IssueApiToken', () => ({ type: 'IssueApiToken', data }));
    // A replayed request cannot show the secret again: it was never stored.
    return { ...result, token: result.replayed ? null : token.token, tokenId: token.tokenId };
  }
}
