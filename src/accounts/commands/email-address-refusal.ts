import { Decide } from '../../event-sourcing/decide';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { accountDecider } from '../account.decider';

export interface RelayAnswer {
  accountId: string;
  address: string;
  /** The relay's reply, e.g. "550 No such user here". */
  response: string;
}

/** A mail relay refused the account's address for good: it is marked on the account, for coordinators to see. */
export class RecordEmailAddressRefused extends Decide<typeof accountDecider> {
  constructor(answer: RelayAnswer, context: CommandContext) {
    super(accountDecider, answer.accountId, { type: 'RecordEmailAddressRefused', data: { ...answer } }, context);
  }
}

/** A message to the account's address went through: a refusal marked before is taken off. */
export class ClearEmailAddressRefusal extends Decide<typeof accountDecider> {
  constructor(answer: RelayAnswer, context: CommandContext) {
    super(accountDecider, answer.accountId, { type: 'ClearEmailAddressRefusal', data: { ...answer } }, context);
  }
}
