import { domainEvent } from '../event-sourcing/domain-event';
import { Decider } from '../event-sourcing/decider';
import { TransitionRefused } from '../kernel/domain-errors';

/** Stream `follow-through-setup`: written once, when the store gets its first coordinator ('pending' while it is being made). */
export class FirstCoordinatorCreated extends domainEvent('FirstCoordinatorCreated')<{ accountId: string }> {}

export interface MarkSetUp {
  type: 'MarkSetUp';
  data: { accountId: string };
}

export const SETUP_MARKER = { kind: 'follow-through', id: 'setup' } as const;

export const setupMarkerDecider: Decider<MarkSetUp, FirstCoordinatorCreated, { setUp: boolean }> = {
  kind: SETUP_MARKER.kind,
  initialState: { setUp: false },
  decide: ({ data }, { setUp }) => {
    if (setUp) throw new TransitionRefused('set up', 'the first coordinator already exists');
    return [new FirstCoordinatorCreated(data)];
  },
  evolve: () => ({ setUp: true }),
};
