import { ErrorType } from '@eventstore/db-client';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Failures a call survives by being made again: the node is unavailable (busy, restarting, going away), the
 * call was cut, or the node is not the leader. On NotLeader the client has already reconnected to the leader
 * the error names, so the next attempt goes there. Appends are safe to repeat: the same event ids make them idempotent.
 */
const RETRIED: ReadonlySet<string> = new Set([ErrorType.UNAVAILABLE, ErrorType.CANCELLED, ErrorType.DEADLINE_EXCEEDED, ErrorType.NOT_LEADER]);

export interface RetryPolicy {
  attempts: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
}

/** About 5 s of waiting in all (50 ms doubling to 1.6 s): long enough for a cluster to elect a new leader (a few seconds), short enough for an HTTP request. */
export const FAILOVER_RETRY: RetryPolicy = { attempts: 8, initialBackoffMs: 50, maxBackoffMs: 1600 };

export function isRetried(error: unknown): boolean {
  return RETRIED.has((error as { type?: string } | null)?.type ?? '');
}

export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy = FAILOVER_RETRY): Promise<T> {
  let backoff = policy.initialBackoffMs;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!isRetried(error) || attempt >= policy.attempts) throw error;
      await delay(backoff);
      backoff = Math.min(backoff * 2, policy.maxBackoffMs);
    }
  }
}
