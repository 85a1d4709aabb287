import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Account } from '../accounts/account.aggregate';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { StreamNotFoundError, WrongExpectedVersionError } from '../event-store/event-store.errors';
import { EventStore } from '../event-store/event-store.port';
import { RuleViolated } from '../event-sourcing/domain-errors';
import { eventIdFor } from '../event-sourcing/event-ids';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function reservationStream(email: string): string {
  return `account-email-${createHash('sha256').update(normaliseEmail(email)).digest('hex')}`;
}

/** Finds accounts by e-mail, and reserves an address for exactly one account even under concurrency. */
@Injectable()
export class AccountDirectory {
  constructor(
    private readonly store: EventStore,
    private readonly repository: EventSourcedRepository,
  ) {}

  /** Appends the reservation with expected revision no_stream: of two racing creations one gets it. */
  async reserve(email: string, accountId: string, commandId: string): Promise<void> {
    const stream = reservationStream(email);
    const event = { id: eventIdFor(commandId, stream, 0), type: 'AccountEmailReserved', data: { accountId } };
    try {
      await this.store.appendToStream(stream, [event], 'no_stream');
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      if ((await this.accountIdFor(email)) === accountId) return;
      throw new RuleViolated('email', `an account with the e-mail ${normaliseEmail(email)} already exists`, 'EmailTaken', { email: normaliseEmail(email) });
    }
  }

  async accountIdFor(email: string): Promise<string | undefined> {
    try {
      const [reservation] = await this.store.readStream(reservationStream(email), { maxCount: 1 });
      return reservation?.data.accountId as string | undefined;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw error;
    }
  }

  async findByEmail(email: string): Promise<Account | undefined> {
    const accountId = await this.accountIdFor(email);
    return accountId ? this.repository.load(Account.create, accountId) : undefined;
  }
}
