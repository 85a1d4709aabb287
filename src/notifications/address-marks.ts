import { CommandBus } from '@nestjs/cqrs';
import { ClearEmailAddressRefusal, RecordEmailAddressRefused, RelayAnswer } from '../accounts/commands/email-address-refusal';
import { Principal } from '../kernel/principal';
import { AddressAnswers } from './notification-dispatcher';

/** The notification processor acting on accounts; shown as such in the account's history. */
const NOTIFICATIONS: Principal = { accountId: 'notifications', organisationId: null, role: 'coordinator' };

/** Marks on the account what a relay said about its address: refused for good, or delivered to after all. */
export class AddressMarks implements AddressAnswers {
  constructor(private readonly commands: CommandBus) {}

  async refused(answer: RelayAnswer, notificationId: string): Promise<void> {
    await this.commands.execute(new RecordEmailAddressRefused(answer, this.context(`address-refused:${notificationId}`)));
  }

  async delivered(answer: RelayAnswer, notificationId: string): Promise<void> {
    await this.commands.execute(new ClearEmailAddressRefusal(answer, this.context(`address-delivered:${notificationId}`)));
  }

  /** One command per notification's outcome: the same outcome marked twice is recorded once. */
  private context(commandId: string) {
    return { actor: NOTIFICATIONS, commandId, correlationId: commandId, causationId: commandId, idempotent: true };
  }
}
