import { HashingBusy, HashingSlots } from './hashing-slots';

/** Work that finishes when the test says so. */
function pending() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

describe('HashingSlots', () => {
  it('runs at most `concurrency` at once, queues up to `queueLimit`, and refuses beyond with HashingBusy', async () => {
    const slots = new HashingSlots(2, 1);
    let running = 0;
    let most = 0;
    const works = [pending(), pending(), pending()];
    const runs = works.map((w) =>
      slots.run(async () => {
        most = Math.max(most, ++running);
        await w.done;
        running--;
      }),
    );
    await expect(slots.run(async () => undefined)).rejects.toBeInstanceOf(HashingBusy);
    works.forEach((w) => w.finish());
    await Promise.all(runs);
    expect(most).toBe(2);
    await expect(slots.run(async () => 'free again')).resolves.toBe('free again');
  });

  it('frees the slot when the work fails', async () => {
    const slots = new HashingSlots(1, 0);
    await expect(slots.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });
});
