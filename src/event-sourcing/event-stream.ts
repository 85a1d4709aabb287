import { AnyDecider, StateOf } from './decider';

/** A command already recorded in the stream, so a retry can answer as the first time. */
export interface RecordedCommand {
  commandType: string;
  /** What the request was (see CommandContext.requestHash); absent for commands recorded before it was kept. */
  requestHash?: string;
  revision: bigint;
  position: string;
}

/** One decider's stream as it was loaded: its state, and the revision the next append expects. */
export class EventStream<D extends AnyDecider> {
  state: StateOf<D>;
  /** The revision of the last stored event; null while the stream does not exist. */
  revision: bigint | null = null;
  recordedCommands = new Map<string, RecordedCommand>();

  constructor(
    readonly decider: D,
    readonly id: string,
  ) {
    this.state = decider.initialState as StateOf<D>;
  }

  get kind(): string {
    return this.decider.kind;
  }

  get streamId(): string {
    return `${this.decider.kind}-${this.id}`;
  }

  get exists(): boolean {
    return this.revision !== null;
  }
}
