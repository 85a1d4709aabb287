import { AggregateRoot } from '@nestjs/cqrs';
import { Decider } from './decider';
import { DomainEvent } from './domain-event';

/** A command already recorded in this aggregate's stream, so a retry can answer as the first time. */
export interface RecordedCommand {
  commandType: string;
  /** What the request was (see CommandContext.requestHash); absent for commands recorded before it was kept. */
  requestHash?: string;
  revision: bigint;
  position: string;
}

/**
 * An @nestjs/cqrs AggregateRoot whose behaviour is a decider. The aggregate tracks the
 * stream revision it was loaded at; the repository saves with that expected revision.
 */
export abstract class EventSourcedAggregate<Command, Event extends DomainEvent, State> extends AggregateRoot<Event> {
  /** The stream-name prefix and the word used in messages, e.g. 'recommendation'. */
  abstract readonly kind: string;
  state: State;
  /** The revision of the last stored event; null while the stream does not exist. */
  revision: bigint | null = null;
  /** Set by the repository as it loads the stream. */
  recordedCommands = new Map<string, RecordedCommand>();

  constructor(
    readonly id: string,
    private readonly decider: Decider<Command, Event, State>,
  ) {
    super();
    this.state = decider.initialState;
  }

  get streamId(): string {
    return `${this.kind}-${this.id}`;
  }

  get exists(): boolean {
    return this.revision !== null;
  }

  /** Decides on the command and applies the resulting events (not yet stored), stamped with when they take effect. */
  execute(command: Command, effectiveAt?: string): Event[] {
    const events = this.decider.decide(command, this.state);
    for (const event of events) {
      event.effectiveAt = effectiveAt;
      this.apply(event);
    }
    return events;
  }

  /** Replaces AggregateRoot's lookup of `on<ClassName>` methods, which breaks under minification. */
  protected override getEventHandler<T extends Event>(): never {
    return ((event: T) => {
      this.state = this.decider.evolve(this.state, event);
    }) as never;
  }
}
