/** Counts failed logins per key (e-mail and address) in a sliding window; refuses once there were too many. */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  retryAfter(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return Math.ceil((recent[0] + this.windowMs - now) / 1000);
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const recent = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    return recent;
  }
}
