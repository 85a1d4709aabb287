import { EventSourcedAggregate } from '../event-sourcing/event-sourced-aggregate';
import { AccountCommand, AccountState, accountDecider } from './account.decider';
import { AccountEvent } from './account.events';

export class Account extends EventSourcedAggregate<AccountCommand, AccountEvent, AccountState> {
  readonly kind = 'account';

  constructor(id: string) {
    super(id, accountDecider);
  }

  static create = (id: string) => new Account(id);
}
