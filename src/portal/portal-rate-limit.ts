import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { TooManyAttempts } from '../credentials/too-many-attempts';

/** Requests per address per minute to the public pages, counted in this process (each node of a cluster counts its own). */
@Injectable()
export class PortalRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(config: AppConfig) {
    this.limiter = new RateLimiterMemory({ keyPrefix: 'portal', points: config.PORTAL_REQUESTS_PER_MINUTE, duration: 60 });
  }

  /** Counts the request; 429 (problem+json, Retry-After) when the address has made too many this minute. */
  async take(address: string): Promise<void> {
    try {
      await this.limiter.consume(address);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new TooManyAttempts(seconds, `too many requests to the public portal from this address; retry in ${seconds} s`);
    }
  }
}
