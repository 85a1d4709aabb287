import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EsdbEventStore } from '../../../src/event-store/eventstoredb/esdb-event-store';
import { ProjectionEngine } from '../../../src/projections/projection-engine';
import { ProjectionManifest } from '../../../src/projections/projection-manifest';
import { countsIn, eventCounter } from '../../projections/event-counter.projection';
import { EsdbProtocolServer } from '../esdb-protocol-server/esdb-protocol-server';
import { onTheDouble, event, unique, OnTheDouble } from './on-the-double';

/**
 * What a client sees while a cluster fails over: NotLeader (NotFound with the leader's endpoint, RpcExceptions.LeaderInfo)
 * for writes and for calls that require the leader, UNAVAILABLE while a node is busy or going away, and
 * followers whose view of the log lags behind the leader's.
 */
describe('EventStoreDB adapter during a failover', () => {
  describe('one node answering NotLeader and UNAVAILABLE', () => {
    let double: OnTheDouble;
    beforeAll(async () => (double = await onTheDouble()));
    afterAll(() => double.stop());

    it('retries an append answered NotLeader, on the leader it names', async () => {
      const stream = `${unique('nl-')}a`;
      double.server.failNext('append', 'not-leader', 2);
      const before = double.server.calls.batchAppend;
      const result = await double.store.appendToStream(stream, [event('A')], 'no_stream');
      expect(result.nextExpectedRevision).toBe(0n);
      expect(double.server.calls.batchAppend - before).toBe(3);
      expect((await double.store.readStream(stream)).map((e) => e.type)).toEqual(['A']);
    });

    it('retries reads through a burst of UNAVAILABLE', async () => {
      const stream = `${unique('un-')}a`;
      await double.store.appendToStream(stream, [event('A'), event('B')], 'no_stream');
      double.server.failNext('read', 'unavailable', 3);
      expect((await double.store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B']);
      double.server.failNext('read', 'unavailable', 3);
      const [head] = await double.store.readAll({ direction: 'backwards', maxCount: 1 });
      expect(head.type).toBe('B');
    });

    it('gives up on a node that stays unavailable, with its error', async () => {
      double.server.failNext('read', 'unavailable', 50);
      await expect(double.store.readStream(`${unique('down-')}a`)).rejects.toMatchObject({ type: 'unavailable' });
      double.server.clearFaults();
    });
  });

  it('does not call a position past the end of the log reached', async () => {
    const double = await onTheDouble();
    const directory = mkdtempSync(join(tmpdir(), 'ft-past-end-'));
    const engine = new ProjectionEngine(double.store, new ProjectionManifest(directory), [eventCounter]);
    try {
      await engine.start();
      await engine.waitUntilCaughtUp();
      const [head] = await double.store.readAll({ direction: 'backwards', maxCount: 1 });
      const past = { commit: (head?.position.commit ?? 0n) + 1000n, prepare: (head?.position.prepare ?? 0n) + 1000n };
      expect(await engine.waitForPosition('event-counter', past, 200)).toBe(false);
    } finally {
      await engine.stop();
      await double.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  });

  describe('a follower lagging behind its leader', () => {
    let leader: EsdbProtocolServer;
    let follower: EsdbProtocolServer;
    let onLeader: EsdbEventStore;
    beforeAll(async () => {
      leader = new EsdbProtocolServer({ batchAppend: true });
      await leader.start();
      follower = new EsdbProtocolServer({ batchAppend: true, followerOf: leader });
      await follower.start();
      onLeader = new EsdbEventStore({ connectionString: leader.connectionString });
    });
    afterEach(() => follower.view.thaw());
    afterAll(async () => {
      await onLeader.close();
      await follower.dispose();
      await leader.dispose();
    });

    it('reads a stream for a command from the leader, not from the lagging view', async () => {
      const onFollower = new EsdbEventStore({ connectionString: follower.connectionString });
      try {
        const stream = `${unique('lag-')}a`;
        await onLeader.appendToStream(stream, [event('A')], 'no_stream');
        await follower.lag();
        await onLeader.appendToStream(stream, [event('B')], 0n);
        expect((await onFollower.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B']);
        expect((await onFollower.appendToStream(stream, [event('C')], 1n)).nextExpectedRevision).toBe(2n);
      } finally {
        await onFollower.close();
      }
    });

    it('does not report read-your-writes reached while the read model lacks the event', async () => {
      const onFollower = new EsdbEventStore({ connectionString: follower.connectionString });
      const directory = mkdtempSync(join(tmpdir(), 'ft-lagging-'));
      const engine = new ProjectionEngine(onFollower, new ProjectionManifest(directory), [eventCounter]);
      try {
        await engine.start();
        await engine.waitUntilCaughtUp();
        await follower.lag();
        const stream = `counted-${unique('ryw-')}`;
        const written = await onLeader.appendToStream(stream, [event('Counted', { n: 7 })], 'no_stream');
        const reached = await engine.waitForPosition('event-counter', written.position, 300);
        expect(countsIn(engine.reader('event-counter'))[stream] !== undefined).toBe(reached);
        follower.view.thaw();
        expect(await engine.waitForPosition('event-counter', written.position, 5000)).toBe(true);
        expect(countsIn(engine.reader('event-counter'))[stream]).toEqual({ events: 1, total: 7 });
      } finally {
        await engine.stop();
        await onFollower.close();
        rmSync(directory, { recursive: true, force: true });
      }
    });
  });
});
