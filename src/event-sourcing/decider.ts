import { DomainEvent } from './domain-event';

/**
 * A decider in the Emmett sense: `decide` turns a command and the current state into
 * events (or refuses it by throwing), `evolve` folds an event into the state. Pure functions.
 */
export interface Decider<Command, Event extends DomainEvent, State> {
  initialState: State;
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}
