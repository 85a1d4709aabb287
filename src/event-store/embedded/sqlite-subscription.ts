import type Database from 'better-sqlite3';
import { Subscription, SubscriptionMessage } from '../event-store.port';
import { CommitSignal } from './commit-signal';
import { EventRow } from './event-row';
import { RecentEvents } from './recent-events';

const PAGE_SIZE = 500n;

export interface SqliteSubscriptionOptions {
  /** Exclusive. */
  fromPosition: bigint;
  streamNamePrefixes: string[];
  pollIntervalMs: number;
  onClose: () => void;
}

/**
 * A catch-up subscription over the embedded store: pages through the history,
 * says when it has caught up, then waits for commits (or polls, for other processes).
 */
export class SqliteSubscription implements Subscription {
  private closed = false;
  /** Everything up to here has been looked at, matching the filter or not. */
  private scannedTo: bigint;
  private readonly page: Database.Statement<unknown[], EventRow>;
  private readonly head: Database.Statement<[], { head: bigint | null }>;

  constructor(
    db: Database.Database,
    private readonly signal: CommitSignal,
    /** The last position that may be read (appends not yet on disk are not). */
    private readonly readableEnd: () => bigint,
    private readonly options: SqliteSubscriptionOptions,
    /** Shared by the store's subscriptions. */
    private readonly recent: RecentEvents = new RecentEvents(),
  ) {
    this.scannedTo = options.fromPosition;
    const prefixes = options.streamNamePrefixes;
    const filter = prefixes.length ? `AND (${prefixes.map(() => 'substr(stream_id, 1, ?) = ?').join(' OR ')})` : '';
    this.page = db.prepare(`SELECT * FROM events WHERE position > ? AND position <= ? ${filter} ORDER BY position LIMIT ${PAGE_SIZE}`);
    this.head = db.prepare('SELECT max(position) AS head FROM events');
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    let caughtUp = false;
    try {
      while (!this.closed) {
        const seen = this.signal.generation;
        const rows = this.nextPage();
        for (const row of rows) {
          if (this.closed) return;
          yield { kind: 'event', event: this.recent.of(row) };
        }
        if (BigInt(rows.length) < PAGE_SIZE) {
          if (!caughtUp) {
            caughtUp = true;
            yield { kind: 'caught-up' };
          }
          if (!this.closed) await this.signal.wait(seen, this.options.pollIntervalMs);
        }
      }
    } finally {
      await this.close();
    }
  }

  private nextPage(): EventRow[] {
    const logEnd = this.head.get()?.head ?? 0n;
    const readable = this.readableEnd();
    const head = logEnd < readable ? logEnd : readable;
    const prefixArgs = this.options.streamNamePrefixes.flatMap((p) => [p.length, p]);
    const rows = this.page.all(this.scannedTo, head, ...prefixArgs);
    this.scannedTo = BigInt(rows.length) < PAGE_SIZE ? head : rows[rows.length - 1].position;
    return rows;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.signal.notify();
    this.options.onClose();
  }
}
