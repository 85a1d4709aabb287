import type Database from 'better-sqlite3';

interface Waiting<T> {
  write: () => T;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

type Outcome = { value: unknown } | { error: unknown };

/** More appends than this wait for the next transaction, so one group never blocks the event loop for long. */
const MAX_WRITES_PER_TRANSACTION = 1000;

/**
 * Group commit: writes submitted during one turn of the event loop run in one `BEGIN IMMEDIATE`
 * transaction, so concurrent commands share one commit (and one fsync with synchronous=FULL, or one flush of the
 * WAL in the thread pool when the store syncs off the event loop).
 * Each write runs in a savepoint of its own, so a refused write (a wrong expected revision) undoes
 * only itself. Nobody hears of success before the transaction has committed; if the commit fails,
 * every write of the group fails with it.
 */
export class GroupCommit {
  private waiting: Waiting<unknown>[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Database.Database,
    private readonly committed: () => void,
    /** When the commit itself does not reach the disk: resolves once it has. */
    private readonly durable?: () => Promise<void>,
    /** Told right after each transaction, before anything else runs: whether it committed or was rolled back. */
    private readonly ended: (committed: boolean) => void = () => undefined,
  ) {
    // Made once: better-sqlite3 builds four wrapper functions each time a transaction function is made.
    const run = db.transaction((write: () => unknown) => write());
    this.inSavepoint = run;
    this.alone = run.immediate;
    this.wholeGroup = db.transaction((group: Waiting<unknown>[], outcomes: Outcome[]) => this.writeEach(group, outcomes)).immediate;
  }

  private readonly inSavepoint: (write: () => unknown) => unknown;
  private readonly alone: (write: () => unknown) => unknown;
  private readonly wholeGroup: (group: Waiting<unknown>[], outcomes: Outcome[]) => void;

  submit<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ write, resolve, reject } as Waiting<unknown>);
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.commitWaiting());
      }
    });
  }

  /** Commits everything submitted so far, now; the store calls it before closing. */
  commitWaiting(): void {
    this.scheduled = false;
    while (this.waiting.length > 0) this.commitGroup(this.waiting.splice(0, MAX_WRITES_PER_TRANSACTION));
  }

  private commitGroup(group: Waiting<unknown>[]): void {
    if (group.length === 1) return this.commitAlone(group[0]);
    const outcomes: Outcome[] = [];
    try {
      this.wholeGroup(group, outcomes);
    } catch (error) {
      this.ended(false);
      for (const { reject } of group) reject(error);
      return;
    }
    this.ended(true);
    this.settleWhenDurable(group, outcomes);
  }

  /** Each write in a savepoint of its own, inside the group's transaction. */
  private writeEach(group: Waiting<unknown>[], outcomes: Outcome[]): void {
    for (const { write } of group) {
      try {
        outcomes.push({ value: this.inSavepoint(write) });
      } catch (error) {
        // SQLite rolled the whole transaction back (disk full, I/O error): the group fails as one.
        if (!this.db.inTransaction) throw error;
        outcomes.push({ error });
      }
    }
  }

  /** Nobody hears of success, and no reader is woken, before the commit is on disk. */
  private settleWhenDurable(group: Waiting<unknown>[], outcomes: Outcome[]): void {
    const settle = (flushError?: unknown) => {
      group.forEach(({ resolve, reject }, i) => {
        const outcome = outcomes[i];
        if ('error' in outcome) reject(outcome.error);
        else if (flushError !== undefined) reject(flushError);
        else resolve(outcome.value);
      });
      this.committed();
    };
    if (!this.durable) return settle();
    this.durable().then(() => settle(), settle);
  }

  /** A write with no company needs no savepoint: if it is refused, its transaction is rolled back. */
  private commitAlone({ write, resolve, reject }: Waiting<unknown>): void {
    let value: unknown;
    try {
      value = this.alone(write);
    } catch (error) {
      this.ended(false);
      reject(error);
      return;
    }
    this.ended(true);
    this.settleWhenDurable([{ write, resolve, reject }], [{ value }]);
  }
}
