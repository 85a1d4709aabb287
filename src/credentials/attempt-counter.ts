/** How many attempts a key may make within a window. */
export interface AttemptLimit {
  /** Distinguishes the counters of different limits in one store, e.g. `sign-in:address`. */
  readonly name: string;
  readonly attempts: number;
  readonly windowSeconds: number;
}

/**
 * The port the throttles count through. `take` counts an attempt before the work it guards, atomically: of
 * any number of parallel calls for one key, at most `limit.attempts` are allowed within the window.
 * The default adapter keeps the counts in this process's memory (memory-attempt-counter.ts); several
 * instances behind one address share a store by binding another adapter (see docs/security.md).
 */
export abstract class AttemptCounter {
  /** 0 when the attempt may go ahead (and is counted), else the seconds until it may. */
  abstract take(limit: AttemptLimit, key: string): Promise<number>;

  /** Gives back one attempt (a success should not count against a shared address). */
  abstract giveBack(limit: AttemptLimit, key: string): Promise<void>;

  /** Forgets the key's attempts (after a successful sign-in). */
  abstract forget(limit: AttemptLimit, key: string): Promise<void>;
}
