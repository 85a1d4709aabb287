import { StreamCache, StreamSnapshot } from './stream-cache';

const snapshot = (events: number): StreamSnapshot => ({ state: { events }, revision: BigInt(events - 1), commands: new Map() });
const eventsIn = (s: StreamSnapshot | undefined) => (s ? Number(s.revision) + 1 : undefined);

describe('StreamCache', () => {
  it('keeps snapshots standing for up to a number of events, dropping the least recently used first', () => {
    const cache = new StreamCache(10);
    cache.set('a', snapshot(4));
    cache.set('b', snapshot(4));
    cache.get('a');
    cache.set('c', snapshot(4));
    expect(cache.get('b')).toBeUndefined();
    expect(eventsIn(cache.get('a'))).toBe(4);
    expect(eventsIn(cache.get('c'))).toBe(4);
  });

  it('replaces a snapshot with a later one, never with an earlier one, and never keeps one larger than the cache', () => {
    const cache = new StreamCache(10);
    cache.set('a', snapshot(4));
    cache.set('a', snapshot(6));
    cache.set('a', snapshot(5));
    expect(eventsIn(cache.get('a'))).toBe(6);
    cache.set('big', snapshot(11));
    expect(cache.get('big')).toBeUndefined();
    expect(eventsIn(cache.get('a'))).toBe(6);
  });
});
