import { RecordedEvent } from '../event-store/event-store.port';
import { StreamCache } from './stream-cache';

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ revision: BigInt(i) }) as RecordedEvent);

describe('StreamCache', () => {
  it('keeps streams up to a number of events, dropping the least recently used first', () => {
    const cache = new StreamCache(10);
    cache.set('a', events(4));
    cache.set('b', events(4));
    cache.get('a');
    cache.set('c', events(4));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toHaveLength(4);
    expect(cache.get('c')).toHaveLength(4);
  });

  it('replaces a stream with its longer history and never keeps one larger than the whole cache', () => {
    const cache = new StreamCache(10);
    cache.set('a', events(4));
    cache.set('a', events(6));
    expect(cache.get('a')).toHaveLength(6);
    cache.set('big', events(11));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.get('a')).toHaveLength(6);
  });
});
