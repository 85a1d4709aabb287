import fc from 'fast-check';
import { RecordedEvent, SubscriptionMessage } from '../event-store.port';
import { EventRow, toRecordedEvent } from './event-row';
import { RecentEvents } from './recent-events';
import { SqliteEventStore } from './sqlite-event-store';

function rowAt(position: number): EventRow {
  return {
    position: BigInt(position),
    event_id: `e-${position}`,
    stream_id: `s-${position % 3}`,
    revision: BigInt(position),
    type: 'Happened',
    data: JSON.stringify({ n: position, list: [position] }),
    metadata: JSON.stringify({ at: position }),
    created: BigInt(1_700_000_000_000 + position),
  };
}

describe('the events the subscriptions converted lately', () => {
  it('answers each row as its own conversion does, and one object while a position is among the last converted', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 200 }), fc.integer({ min: 1, max: 10 }), (positions, capacity) => {
        const recent = new RecentEvents(capacity);
        const kept: number[] = []; // the model: the positions held, oldest first
        const objects = new Map<number, RecordedEvent>();
        for (const position of positions) {
          const event = recent.of(rowAt(position));
          expect(event).toEqual(toRecordedEvent(rowAt(position)));
          if (kept.includes(position)) expect(event).toBe(objects.get(position));
          else {
            if (kept.length >= capacity) kept.shift();
            kept.push(position);
            objects.set(position, event);
          }
          expect(recent.size).toBe(kept.length);
        }
      }),
    );
  });

  it('lets the live subscriptions of a store share each event, each receiving what a read of the log gives', async () => {
    const store = new SqliteEventStore({ file: ':memory:' });
    const received = (prefixes: string[]) => {
      const events: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: prefixes });
      const done = (async () => {
        for await (const message of subscription as AsyncIterable<SubscriptionMessage>) {
          if (message.kind === 'event') events.push(message.event);
          if (events.length === prefixes.length * 100) break;
        }
      })();
      return { events, done, close: () => subscription.close() };
    };
    const both = received(['a-', 'b-']);
    const onlyA = received(['a-']);
    for (let i = 0; i < 100; i++) {
      await store.appendToStream(`a-${i % 7}`, [{ id: `a${i}`, type: 'A', data: { i } }], 'any');
      await store.appendToStream(`b-${i % 5}`, [{ id: `b${i}`, type: 'B', data: { i } }], 'any');
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all([both.done, onlyA.done]), new Promise((resolve) => (timer = setTimeout(resolve, 2000)))]);
    clearTimeout(timer);
    const log = await store.readAll();
    expect(both.events).toEqual(log);
    expect(onlyA.events).toEqual(log.filter((e) => e.streamId.startsWith('a-')));
    for (const event of onlyA.events) expect(both.events.find((e) => e.position.commit === event.position.commit)).toBe(event);
    await both.close();
    await onlyA.close();
    await store.close();
  });
});
