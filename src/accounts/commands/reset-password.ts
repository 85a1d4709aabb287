import { UnauthorizedException } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { secretMatches } from '../../credentials/api-token';
import { hashPassword } from '../../credentials/password-hashing';
import { parseResetToken } from '../../credentials/reset-link';
import { CommandResult, EventSourcedRepository } from '../../event-sourcing/event-sourced-repository';
import { accountDecider } from '../account.decider';
import { refusal } from '../../kernel/refusal-reasons';

const NOT_VALID = 'the link is not valid: it was used, replaced by a newer one, or has expired; ask a coordinator for a new one';

/** The person behind a one-time link chooses a password; the link then stops working and every session ends. */
export class ResetPassword extends Command<CommandResult> {
  constructor(
    readonly token: string,
    readonly newPassword: string,
  ) {
    super();
  }
}

@CommandHandler(ResetPassword)
export class ResetPasswordHandler implements ICommandHandler<ResetPassword> {
  constructor(private readonly repository: EventSourcedRepository) {}

  async execute({ token, newPassword }: ResetPassword): Promise<CommandResult> {
    const parts = parseResetToken(token);
    if (!parts) throw new UnauthorizedException(refusal('PasswordLinkNotValid', NOT_VALID));
    const account = await this.repository.load(accountDecider, parts.accountId);
    const reset = account.state.passwordReset;
    if (!reset || reset.resetId !== parts.resetId || !secretMatches(parts.secret, reset.secretHash))
      throw new UnauthorizedException(refusal('PasswordLinkNotValid', NOT_VALID));
    const passwordHash = await hashPassword(newPassword);
    const actor = { accountId: account.id, organisationId: account.state.organisationId, role: account.state.role ?? 'viewer' };
    const commandId = randomUUID();
    const context = { actor, commandId, correlationId: commandId, causationId: commandId, idempotent: false };
    const data = { accountId: account.id, resetId: parts.resetId, passwordHash };
    return this.repository.execute(accountDecider, account.id, context, 'ResetPassword', () => ({ type: 'ResetPassword', data, now: new Date() }));
  }
}
