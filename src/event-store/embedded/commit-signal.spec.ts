import { CommitSignal } from './commit-signal';

describe('CommitSignal', () => {
  it('wakes every waiting subscription on a commit, not every other one', async () => {
    const signal = new CommitSignal();
    const seen = signal.generation;
    const woken: number[] = [];
    const waits = [0, 1, 2, 3].map((i) => signal.wait(seen, 60_000).then(() => woken.push(i)));
    signal.notify();
    await Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, 200))]);
    expect(woken.sort()).toEqual([0, 1, 2, 3]);
  });
});
