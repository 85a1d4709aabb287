/** Too many password hashes are already waiting: the caller should retry shortly (HTTP 503). */
export class HashingBusy extends Error {
  constructor() {
    super('the server is busy checking passwords: try again in a moment');
    this.name = 'HashingBusy';
  }
}

/**
 * At most `concurrency` password hashes run at once and at most `queueLimit` wait, so a burst of sign-ins
 * cannot take every thread of libuv's pool (which file reads and DNS also need) nor grow an unbounded queue.
 */
export class HashingSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) throw new HashingBusy();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
