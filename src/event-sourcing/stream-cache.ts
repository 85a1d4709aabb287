import { RecordedCommand } from './event-stream';

/** An aggregate's state after the events of its stream up to `revision`. */
export interface StreamSnapshot {
  state: unknown;
  revision: bigint;
  /**
   * The commands recorded in the stream. Shared by the snapshots of one stream and only ever added to
   * (streams only grow), so a command found here is in the stream, whichever snapshot it came with.
   */
  commands: Map<string, RecordedCommand>;
}

const sizeOf = (snapshot: StreamSnapshot) => Number(snapshot.revision) + 1;

/**
 * The states of recently loaded streams, so loading an aggregate again reads and applies only what
 * was appended since (what was read stays true: streams are append-only). Least recently used streams
 * are dropped once the snapshots stand for more than `maxEvents` events.
 */
export class StreamCache {
  private readonly streams = new Map<string, StreamSnapshot>();
  private size = 0;

  constructor(private readonly maxEvents = 100_000) {}

  get(streamId: string): StreamSnapshot | undefined {
    const snapshot = this.streams.get(streamId);
    if (snapshot) {
      this.streams.delete(streamId);
      this.streams.set(streamId, snapshot);
    }
    return snapshot;
  }

  /** Keeps the snapshot unless a later one of the same stream is already kept. */
  set(streamId: string, snapshot: StreamSnapshot): void {
    const kept = this.streams.get(streamId);
    if (kept && kept.revision >= snapshot.revision) return;
    if (kept) this.size -= sizeOf(kept);
    this.streams.delete(streamId);
    if (sizeOf(snapshot) > this.maxEvents) return;
    this.streams.set(streamId, snapshot);
    this.size += sizeOf(snapshot);
    for (const [oldest, dropped] of this.streams) {
      if (this.size <= this.maxEvents) break;
      this.streams.delete(oldest);
      this.size -= sizeOf(dropped);
    }
  }
}
