/** Wakes the in-process subscriptions after each commit; a timeout is the polling fallback. */
export class CommitSignal {
  private waiters: Array<() => void> = [];
  /** Counts commits, so that a reader cannot miss one that happened while it was busy. */
  private commits = 0;

  get generation(): number {
    return this.commits;
  }

  notify(): void {
    this.commits += 1;
    // A copy: each waiter removes itself from the array as it wakes, which would skip the next one.
    const waiters = [...this.waiters];
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves on the next commit after `seen`, or after `timeoutMs` at the latest. */
  wait(seen: number, timeoutMs: number): Promise<void> {
    if (this.commits !== seen) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const waiters = this.waiters;
      function done(): void {
        clearTimeout(timer);
        const index = waiters.indexOf(done);
        if (index >= 0) waiters.splice(index, 1);
        resolve();
      }
      waiters.push(done);
    });
  }
}
