import { Decider } from '../../src/event-sourcing/decider';
import { DomainEvent } from '../../src/event-sourcing/domain-event';

/**
 * Given events, when a command, then events or a refusal: the form in which the
 * lifecycle is specified (after Emmett's DeciderSpecification).
 */
export function deciderSpecification<C, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(history: E[]) {
      const state = history.reduce(decider.evolve, decider.initialState);
      return {
        when(command: C) {
          const decide = () => decider.decide(command, state);
          return {
            then(expected: E[]): void {
              expect(decide()).toEqual(expected);
            },
            thenRefused(errorClass: new (...args: never[]) => Error, message: RegExp): void {
              expect(decide).toThrow(errorClass);
              expect(decide).toThrow(message);
            },
          };
        },
      };
    },
  };
}
