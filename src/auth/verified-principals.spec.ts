import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from '../event-store/embedded/sqlite-event-store';
import { Identity, VerifiedPrincipals } from './verified-principals';

const identity: Identity = { principal: { accountId: 'a', organisationId: null, role: 'viewer' }, mustEnrolTwoFactor: false };
const T0 = 1_700_000_000_000;

function cacheOf(store: SqliteEventStore, ttlMs: number): VerifiedPrincipals {
  return new VerifiedPrincipals(store, Object.assign(new AppConfig(), { AUTH_PRINCIPAL_CACHE_MS: ttlMs }));
}

async function untilLive(cache: VerifiedPrincipals): Promise<void> {
  for (let i = 0; i < 200; i++) {
    cache.keep('probe', 'probe', identity, cache.generation);
    if (cache.find('probe')) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the cache never went live');
}

describe('VerifiedPrincipals', () => {
  let store: SqliteEventStore;
  let cache: VerifiedPrincipals;

  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    cache = cacheOf(store, 1000);
    cache.onApplicationBootstrap();
    await untilLive(cache);
  });
  afterEach(async () => {
    await cache.onModuleDestroy();
    await store.close();
  });

  it('keeps an identity for the configured time and not a millisecond longer', () => {
    cache.keep('token', 'a', identity, cache.generation, Infinity, T0);
    expect(cache.find('token', T0 + 999)).toBe(identity);
    expect(cache.find('token', T0 + 1000)).toBeUndefined();
    expect(cache.find('token', T0 + 1)).toBeUndefined();
  });

  it('never past the expiry of the token itself', () => {
    cache.keep('token', 'a', identity, cache.generation, T0 + 300, T0);
    expect(cache.find('token', T0 + 299)).toBe(identity);
    expect(cache.find('token', T0 + 300)).toBeUndefined();
  });

  it('does not keep an identity worked out across a change to any account', () => {
    const seen = cache.generation;
    cache.forgetAccount('b');
    cache.keep('token', 'a', identity, seen);
    expect(cache.find('token')).toBeUndefined();
  });

  it("drops every token of an account when an event is appended to the account's stream", async () => {
    cache.keep('session', 'a', identity, cache.generation);
    cache.keep('api token', 'a', identity, cache.generation);
    cache.keep('other', 'b', identity, cache.generation);
    await store.appendToStream('account-a', [{ id: '6f1c1d2e-0000-4000-8000-000000000001', type: 'AccountDeactivated', data: {} }], 'any');
    for (let i = 0; i < 100 && cache.find('session'); i++) await new Promise((resolve) => setImmediate(resolve));
    expect(cache.find('session')).toBeUndefined();
    expect(cache.find('api token')).toBeUndefined();
    expect(cache.find('other')).toBe(identity);
  });

  it('keeps nothing when switched off', async () => {
    const off = cacheOf(store, 0);
    off.onApplicationBootstrap();
    off.keep('token', 'a', identity, off.generation);
    expect(off.find('token')).toBeUndefined();
    await off.onModuleDestroy();
  });
});
