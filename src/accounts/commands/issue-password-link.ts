import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { requireRole } from '../../kernel/access-policy';
import { newResetToken, RESET_LINK_TTL_SECONDS } from '../../credentials/reset-link';
import { CommandContext } from '../../event-sourcing/event-metadata';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';

/** `resetId` names the link (not secret); `token` is null when a retry replays the first answer. */
export type PasswordLinkResult = CommandResult & { token: string | null; resetId: string; expiresAt: string };

/**
 * A coordinator issues a one-time link with which the person chooses their own password (a reset, or the
 * invitation of a new account), instead of handing over a password. The token is answered once, to the
 * coordinator when no e-mail goes out (the controller e-mails it when a relay is set); only its hash is recorded.
 */
export class IssuePasswordLink extends Command<PasswordLinkResult> {
  constructor(
    readonly accountId: string,
    readonly purpose: 'reset' | 'invitation',
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(IssuePasswordLink)
export class IssuePasswordLinkHandler implements ICommandHandler<IssuePasswordLink> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ accountId, purpose, context }: IssuePasswordLink): Promise<PasswordLinkResult> {
    requireRole(context.actor, [], 'issue a password link');
    const token = newResetToken(accountId);
    const expiresAt = new Date(Date.now() + RESET_LINK_TTL_SECONDS * 1000).toISOString();
    const data = { accountId, resetId: token.resetId, secretHash: token.secretHash, expiresAt, purpose };
    const result = await this.repository.execute(accountDecider, accountId, context, 'IssuePasswordReset', () => ({ type: 'IssuePasswordReset', data }));
    return { ...result, token: result.replayed ? null : token.token, resetId: token.resetId, expiresAt };
  }
}
