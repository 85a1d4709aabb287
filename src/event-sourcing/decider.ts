import { DomainEvent } from './domain-event';

/**
 * A decider in the Emmett sense, and the aggregate itself: `decide` turns a command and the current
 * state into events (or refuses it by throwing), `evolve` folds an event into the state. Pure functions.
 * `kind` names its streams (`<kind>-<id>`) and the thing in messages, e.g. 'recommendation'.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  kind: string;
  initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any command and any state: the repository serves every decider
export type AnyDecider = Decider<any, DomainEvent, any>;
export type StateOf<D extends AnyDecider> = D['initialState'];
