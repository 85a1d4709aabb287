import { Decider } from '../event-sourcing/decider';
import { RuleViolated } from '../kernel/domain-errors';
import { EmailReserved } from './account.events';

/** Stream `account-email-<sha-256 of the address>`: which account holds the address, so that only one can. */
export interface EmailReservationState {
  accountId: string | null;
}

export interface ReserveEmail {
  type: 'ReserveEmail';
  data: { accountId: string; email: string };
}

function decide({ data }: ReserveEmail, state: EmailReservationState): EmailReserved[] {
  if (state.accountId === data.accountId) return [];
  if (state.accountId !== null) {
    throw new RuleViolated('email', `an account with the e-mail ${data.email} already exists`, 'EmailTaken', { email: data.email });
  }
  return [new EmailReserved({ accountId: data.accountId })];
}

export const emailReservationDecider: Decider<ReserveEmail, EmailReserved, EmailReservationState> = {
  kind: 'account-email',
  initialState: { accountId: null },
  decide,
  evolve: (_state, event) => ({ accountId: event.data.accountId }),
};
