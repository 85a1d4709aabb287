import { closeSync, fdatasync, openSync } from 'node:fs';

interface Waiting {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Makes commits durable off the event loop: with `synchronous=NORMAL` a commit only writes the WAL, and this
 * flushes it with fdatasync in libuv's thread pool. One flush runs at a time and covers every commit made before it
 * began; commits made meanwhile wait for the next one, so a burst of commits shares few flushes.
 */
export class WalSync {
  private fd: number | null = null;
  private waiting: Waiting[] = [];
  private flushing = false;
  /** What readers may see while commits of ours wait for a flush: the log's end when the last flush began. */
  private durableHead: bigint;

  constructor(
    private readonly walFile: string,
    private readonly head: () => bigint,
  ) {
    this.durableHead = head();
  }

  /** Resolves once everything committed before the call is on disk. */
  afterCommit(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.flushIfIdle();
    });
  }

  /** The last position readers may see, or null when nothing of ours is waiting to be made durable. */
  readableUpTo(): bigint | null {
    return this.waiting.length > 0 || this.flushing ? this.durableHead : null;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private flushIfIdle(): void {
    if (this.flushing || this.waiting.length === 0) return;
    const covered = this.waiting.splice(0);
    const headAtStart = this.head();
    this.flushing = true;
    const flushed = (error: unknown) => {
      this.flushing = false;
      if (!error) this.durableHead = headAtStart;
      for (const commit of covered) {
        if (error) commit.reject(error);
        else commit.resolve();
      }
      this.flushIfIdle();
    };
    try {
      fdatasync(this.walFd(), flushed);
    } catch (error) {
      flushed(error);
    }
  }

  private walFd(): number {
    this.fd ??= openSync(this.walFile, 'r');
    return this.fd;
  }
}
