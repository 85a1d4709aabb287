import type { Account } from '../accounts/account-stream';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { accountDecider } from '../accounts/account.decider';
import type { AccountCommand } from '../accounts/account.decider';
import { RuleViolated } from '../kernel/domain-errors';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { hashRecoveryCode, TwoFactorSecrets } from '../credentials/two-factor-secret';

export interface SecondFactorProof {
  code?: string;
  recoveryCode?: string;
}

/** 401 with the code TwoFactorRequired: the password was right, the code is missing. */
export class TwoFactorRequired extends UnauthorizedException {
  constructor() {
    super({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'TwoFactorRequired',
      message: 'this account signs in with a code too: send code (the 6 digits of your app) or a recoveryCode',
    });
  }
}

/** The second step of signing in to an account with two-factor sign-in on: a TOTP code or an unused recovery code. */
@Injectable()
export class SecondFactor {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly secrets: TwoFactorSecrets,
  ) {}

  /** True when the proof holds; throws TwoFactorRequired when none was sent. Accounts without it need none. */
  async holds(account: Account, proof: SecondFactorProof): Promise<boolean> {
    const { status, encryptedSecret } = account.state.twoFactor;
    if (status !== 'on' || !encryptedSecret) return true;
    if (proof.code) {
      const step = await this.secrets.stepOf(encryptedSecret, proof.code);
      return step !== null && this.record(account, { type: 'UseTwoFactorCode', data: { accountId: account.id, step } });
    }
    if (proof.recoveryCode) {
      return this.record(account, { type: 'UseRecoveryCode', data: { accountId: account.id, codeHash: hashRecoveryCode(proof.recoveryCode) } });
    }
    throw new TwoFactorRequired();
  }

  /** Records the code as used, so that it works once (the stream's revision check decides between racing uses). */
  private async record(account: Account, command: Extract<AccountCommand, { type: 'UseTwoFactorCode' | 'UseRecoveryCode' }>): Promise<boolean> {
    const actor = { accountId: account.id, organisationId: account.state.organisationId, role: account.state.role ?? 'viewer' };
    const commandId = randomUUID();
    const context = { actor, commandId, correlationId: commandId, causationId: commandId, idempotent: false };
    try {
      await this.repository.execute(accountDecider, account.id, context, command.type, () => command);
      return true;
    } catch (error) {
      if (error instanceof RuleViolated) return false;
      throw error;
    }
  }
}
