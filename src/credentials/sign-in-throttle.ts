import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { normaliseEmail } from './email-address';
import { AttemptCounter, AttemptLimit } from './attempt-counter';
import { TooManyAttempts } from './too-many-attempts';

/** A fixed-size key, whatever the length of the e-mail it stands for. */
function keyOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 22);
}

/**
 * Limits password checks. Every attempt is counted before the password is hashed, so parallel requests
 * cannot pass the limit: per e-mail and client address (the guessing of one person), per client address
 * (trying many e-mails), per e-mail from anywhere (guessing spread over many addresses), and per account
 * for the current password asked when changing it.
 */
@Injectable()
export class SignInThrottle {
  private readonly perAccountAndAddress: AttemptLimit;
  private readonly perAddress: AttemptLimit;
  private readonly perAccount: AttemptLimit;
  private readonly perPasswordChange: AttemptLimit;

  constructor(
    private readonly counter: AttemptCounter,
    config: AppConfig,
  ) {
    this.perAccountAndAddress = { name: 'sign-in:account+address', attempts: config.LOGIN_ATTEMPTS_PER_MINUTE, windowSeconds: 60 };
    this.perAddress = { name: 'sign-in:address', attempts: config.LOGIN_ATTEMPTS_PER_ADDRESS_PER_MINUTE, windowSeconds: 60 };
    this.perAccount = { name: 'sign-in:account', attempts: config.LOGIN_ATTEMPTS_PER_ACCOUNT_PER_HOUR, windowSeconds: 3600 };
    this.perPasswordChange = { name: 'password-change:account', attempts: config.LOGIN_ATTEMPTS_PER_MINUTE, windowSeconds: 60 };
  }

  /** Counts a sign-in attempt, or refuses it with 429 before any hashing. */
  async beforeSignIn(email: string, address: string): Promise<void> {
    const account = keyOf(normaliseEmail(email));
    await this.take(this.perAccountAndAddress, keyOf(account, address), 'too many failed sign-ins for this e-mail');
    await this.take(this.perAccount, account, 'too many failed sign-ins for this e-mail');
    await this.take(this.perAddress, keyOf(address), 'too many sign-in attempts from your address');
  }

  async afterSignIn(email: string, address: string): Promise<void> {
    const account = keyOf(normaliseEmail(email));
    await this.counter.forget(this.perAccountAndAddress, keyOf(account, address));
    await this.counter.forget(this.perAccount, account);
    await this.counter.giveBack(this.perAddress, keyOf(address));
  }

  /** Counts a use of a one-time password link against the client address (guessing links costs attempts too). */
  async beforeLinkUse(address: string): Promise<void> {
    await this.take(this.perAddress, keyOf(address), 'too many attempts from your address');
  }

  async afterLinkUse(address: string): Promise<void> {
    await this.counter.giveBack(this.perAddress, keyOf(address));
  }

  /** Counts a check of the current password when an account changes its own. */
  async beforePasswordCheck(accountId: string): Promise<void> {
    await this.take(this.perPasswordChange, keyOf(accountId), 'too many wrong current passwords');
  }

  async afterPasswordCheck(accountId: string): Promise<void> {
    await this.counter.forget(this.perPasswordChange, keyOf(accountId));
  }

  private async take(limit: AttemptLimit, key: string, what: string): Promise<void> {
    const wait = await this.counter.take(limit, key);
    if (wait > 0) throw new TooManyAttempts(wait, `${what}: try again in ${wait} s`);
  }
}
