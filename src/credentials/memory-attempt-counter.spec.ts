import { MemoryAttemptCounter } from './memory-attempt-counter';

const limit = { name: 'test', attempts: 3, windowSeconds: 60 };

/** Keys the limiter holds (rate-limiter-flexible's memory storage is a Map): what the throttle costs in memory. */
function keysHeld(counter: MemoryAttemptCounter): number {
  const limiter = (counter as unknown as { limiters: Map<string, { _memoryStorage: { _storage: Map<string, unknown> } }> }).limiters.get(limit.name);
  return limiter?._memoryStorage._storage.size ?? 0;
}

describe('MemoryAttemptCounter', () => {
  afterEach(() => jest.useRealTimers());

  it('allows `attempts` takes in a window, then says how long to wait; of parallel takes, exactly `attempts` pass', async () => {
    const counter = new MemoryAttemptCounter();
    const waits = await Promise.all(Array.from({ length: 10 }, () => counter.take(limit, 'k')));
    expect(waits.filter((w) => w === 0)).toHaveLength(3);
    expect(waits.filter((w) => w > 0 && w <= 60)).toHaveLength(7);
  });

  it('forgets every key when its window ends, so 10,000 e-mails leave nothing behind', async () => {
    jest.useFakeTimers();
    const counter = new MemoryAttemptCounter();
    for (let i = 0; i < 10_000; i++) await counter.take(limit, `key-${i}`);
    expect(keysHeld(counter)).toBe(10_000);
    jest.advanceTimersByTime(61_000);
    expect(keysHeld(counter)).toBe(0);
    expect(await counter.take(limit, 'key-1')).toBe(0);
  });

  it('gives back and forgets', async () => {
    const counter = new MemoryAttemptCounter();
    for (let i = 0; i < 3; i++) await counter.take(limit, 'k');
    await counter.giveBack(limit, 'k');
    expect(await counter.take(limit, 'k')).toBe(0);
    expect(await counter.take(limit, 'k')).toBeGreaterThan(0);
    await counter.forget(limit, 'k');
    expect(await counter.take(limit, 'k')).toBe(0);
  });
});
