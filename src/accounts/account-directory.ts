import type { CommandContext } from '../event-sourcing/event-metadata';
import { emailReservationDecider } from './email-reservation.decider';
import type { Account } from './account-stream';
import { normaliseEmail } from '../credentials/email-address';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { accountDecider } from './account.decider';
import { EventSourcedRepository } from '../event-sourcing/event-sourced-repository';
import { StreamNotFoundError } from '../event-store/event-store.errors';
import { EventStore } from '../event-store/event-store.port';

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

  /** Reserves the address for the account: of two racing creations one gets it, the other is refused. */
  async reserve(email: string, accountId: string, context: CommandContext): Promise<void> {
    const id = reservationStream(email).slice('account-email-'.length);
    const command = { type: 'ReserveEmail' as const, data: { accountId, email: normaliseEmail(email) } };
    await this.repository.execute(emailReservationDecider, id, context, 'ReserveEmail', () => command, { creates: true });
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
    return accountId ? this.repository.load(accountDecider, accountId) : undefined;
  }
}
