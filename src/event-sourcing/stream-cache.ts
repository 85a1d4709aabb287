import { RecordedEvent } from '../event-store/event-store.port';

/**
 * The events of recently loaded streams, so loading an aggregate again reads only what was appended
 * since (streams are append-only, so what was read stays true). Least recently used streams are
 * dropped once the cache holds more than `maxEvents` events.
 */
export class StreamCache {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private size = 0;

  constructor(private readonly maxEvents = 100_000) {}

  get(streamId: string): RecordedEvent[] | undefined {
    const events = this.streams.get(streamId);
    if (events) {
      this.streams.delete(streamId);
      this.streams.set(streamId, events);
    }
    return events;
  }

  set(streamId: string, events: RecordedEvent[]): void {
    this.size -= this.streams.get(streamId)?.length ?? 0;
    this.streams.delete(streamId);
    if (events.length === 0 || events.length > this.maxEvents) return;
    this.streams.set(streamId, events);
    this.size += events.length;
    for (const [oldest, dropped] of this.streams) {
      if (this.size <= this.maxEvents) break;
      this.streams.delete(oldest);
      this.size -= dropped.length;
    }
  }
}
