import { RecordedEvent } from '../event-store.port';
import { EventRow, toRecordedEvent } from './event-row';

/** About a second of a busy log: the live subscriptions read the same new events within milliseconds of each other. */
const CAPACITY = 4096;

/**
 * The events the subscriptions converted lately, by position, so that the live read models (three of them read
 * every progress report) parse each new row's JSON once rather than once each. An event at a position never
 * changes; the objects are shared, as the shared catch-up's are, so subscribers must not change them.
 */
export class RecentEvents {
  private readonly events = new Map<bigint, RecordedEvent>();

  constructor(private readonly capacity = CAPACITY) {}

  of(row: EventRow): RecordedEvent {
    const known = this.events.get(row.position);
    if (known) return known;
    const event = toRecordedEvent(row);
    if (this.events.size >= this.capacity) this.events.delete(this.events.keys().next().value as bigint);
    this.events.set(row.position, event);
    return event;
  }

  get size(): number {
    return this.events.size;
  }
}
