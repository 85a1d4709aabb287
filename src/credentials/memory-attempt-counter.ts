import { Injectable } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AttemptCounter, AttemptLimit } from './attempt-counter';

/**
 * Counts in memory with rate-limiter-flexible: an increment is atomic within the process, and each key is
 * dropped when its window ends, so memory holds only the keys of the last window.
 */
@Injectable()
export class MemoryAttemptCounter extends AttemptCounter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  async take(limit: AttemptLimit, key: string): Promise<number> {
    try {
      await this.limiterFor(limit).consume(key);
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw refusal;
    }
  }

  async giveBack(limit: AttemptLimit, key: string): Promise<void> {
    await this.limiterFor(limit).reward(key);
  }

  async forget(limit: AttemptLimit, key: string): Promise<void> {
    await this.limiterFor(limit).delete(key);
  }

  /** The adapter for a shared store builds RateLimiterPostgres, RateLimiterRedis, … here, with the same options. */
  private limiterFor(limit: AttemptLimit): RateLimiterAbstract {
    let limiter = this.limiters.get(limit.name);
    if (!limiter) {
      limiter = new RateLimiterMemory({ keyPrefix: limit.name, points: limit.attempts, duration: limit.windowSeconds });
      this.limiters.set(limit.name, limiter);
    }
    return limiter;
  }
}
