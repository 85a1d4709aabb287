import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EventStore, Position } from '../event-store/event-store.port';
import { Principal } from '../kernel/principal';

export interface Identity {
  principal: Principal;
  mustEnrolTwoFactor: boolean;
}

interface Entry {
  identity: Identity;
  accountId: string;
  /** Epoch ms: the entry is not used from then on. */
  until: number;
}

const ACCOUNT_STREAM = 'account-';
const MAX_ENTRIES = 10_000;

/**
 * Bearer tokens verified in the last AUTH_PRINCIPAL_CACHE_MS, with the principal they stood for, so that a
 * burst of requests from one client verifies its token and loads its account once instead of every time.
 *
 * Revocation still takes effect: every event appended to an account's stream (deactivation, sign-out
 * everywhere, password or role change, an API token revoked) drops that account's entries as soon as this
 * instance's subscription to the store delivers it. With the embedded store that delivery runs in the commit's
 * own turn of the event loop (the commit wakes the subscription, which reads the new rows synchronously), so no
 * request handled after the change sees the old entry; with EventStoreDB it comes over the network, within the
 * subscription's delay, on every instance alike. No entry is used after AUTH_PRINCIPAL_CACHE_MS in any case, nor
 * after its session token expires. While the subscription is not live (starting, or broken and resubscribing),
 * nothing is cached.
 */
@Injectable()
export class VerifiedPrincipals implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('VerifiedPrincipals');
  private readonly entries = new Map<string, Entry>();
  private readonly bearersOf = new Map<string, Set<string>>();
  private readonly ttlMs: number;
  private live = false;
  /** Counts the account changes seen: an identity worked out across one of them is not kept. */
  private changes = 0;
  private stopped = false;
  private close: () => Promise<void> = async () => undefined;
  private finished: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: EventStore,
    config: AppConfig,
  ) {
    this.ttlMs = config.AUTH_PRINCIPAL_CACHE_MS;
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.finished = this.watch();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.forgetAll();
    await this.close();
    await this.finished;
  }

  find(bearer: string, now = Date.now()): Identity | undefined {
    const entry = this.entries.get(bearer);
    if (!entry) return undefined;
    if (this.live && now < entry.until) return entry.identity;
    this.forget(bearer, entry.accountId);
    return undefined;
  }

  /** Take it before reading the account, and hand it to keep(). */
  get generation(): number {
    return this.changes;
  }

  /**
   * `seen`: the generation taken before the account was read (if an account changed since, the identity may
   * be older than the change and is not kept); `expiresAt`: when the token itself stops being valid (epoch ms).
   */
  keep(bearer: string, accountId: string, identity: Identity, seen: number, expiresAt = Infinity, now = Date.now()): void {
    if (!this.live || seen !== this.changes) return;
    if (this.entries.size >= MAX_ENTRIES) this.forgetOldest();
    this.entries.set(bearer, { identity, accountId, until: Math.min(now + this.ttlMs, expiresAt) });
    const bearers = this.bearersOf.get(accountId) ?? new Set<string>();
    bearers.add(bearer);
    this.bearersOf.set(accountId, bearers);
  }

  /** Every entry of the account: the next request of each of its tokens is verified against the store again. */
  forgetAccount(accountId: string): void {
    this.changes += 1;
    for (const bearer of this.bearersOf.get(accountId) ?? []) this.entries.delete(bearer);
    this.bearersOf.delete(accountId);
  }

  private forget(bearer: string, accountId: string): void {
    this.entries.delete(bearer);
    const bearers = this.bearersOf.get(accountId);
    bearers?.delete(bearer);
    if (bearers?.size === 0) this.bearersOf.delete(accountId);
  }

  private forgetOldest(): void {
    const [bearer, entry] = this.entries.entries().next().value as [string, Entry];
    this.forget(bearer, entry.accountId);
  }

  private forgetAll(): void {
    this.live = false;
    this.changes += 1;
    this.entries.clear();
    this.bearersOf.clear();
  }

  /** Follows the accounts' streams from the log's head; resubscribes with a backoff if the subscription fails. */
  private async watch(): Promise<void> {
    for (let backoff = 100; !this.stopped; backoff = Math.min(backoff * 2, 10_000)) {
      try {
        await this.follow();
        backoff = 100;
      } catch (error) {
        this.logger.warn(`account changes not followed (nothing is cached meanwhile), resubscribing in ${backoff} ms: ${String(error)}`);
      }
      this.forgetAll();
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, backoff));
    }
  }

  private async follow(): Promise<void> {
    const [last] = await this.store.readAll({ direction: 'backwards', maxCount: 1 });
    const from: Position | 'start' = last ? last.position : 'start';
    const subscription = this.store.subscribeToAll({ fromPosition: from, streamNamePrefixes: [ACCOUNT_STREAM] });
    this.close = () => subscription.close();
    if (this.stopped) return subscription.close();
    for await (const message of subscription) {
      if (message.kind === 'caught-up') this.live = true;
      if (message.kind === 'event') this.forgetAccount(message.event.streamId.slice(ACCOUNT_STREAM.length));
    }
  }
}
