import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Position, SubscriptionMessage, comparePositions, positionFromString } from '../../../src/event-store/event-store.port';
import { ProjectionEngine } from '../../../src/projections/projection-engine';
import { ProjectionManifest } from '../../../src/projections/projection-manifest';
import { Projection } from '../../../src/projections/projection';
import { onTheDouble, event, unique, take, OnTheDouble } from './on-the-double';

/**
 * A filtered subscription to $all receives checkpoints: the server has looked at the log up to there
 * (Enumerator.AllSubscriptionFiltered: every checkpoint interval x search window considered events, and when
 * going live). With few matching events only checkpoints say how far the subscription has come.
 */
const checkpoints = (messages: SubscriptionMessage[]): Position[] => messages.flatMap((m) => (m.kind === 'checkpoint' ? [m.position] : []));

describe('EventStoreDB adapter: checkpoints of filtered subscriptions', () => {
  let double: OnTheDouble;
  beforeAll(async () => (double = await onTheDouble()));
  afterAll(() => double.stop());

  it('delivers the server checkpoints in order with the events, past the events it leaves out', async () => {
    const prefix = unique('cp-');
    await double.store.appendToStream(`${prefix}kept`, [event('Kept')], 'no_stream');
    const last = await double.store.appendToStream(
      `${unique('other-')}x`,
      Array.from({ length: 80 }, () => event('Other')),
      'no_stream',
    );
    const { messages } = await take(double.store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [prefix] }), (m) =>
      m.some((x) => x.kind === 'caught-up'),
    );
    expect(messages.filter((m) => m.kind !== 'checkpoint').map((m) => m.kind)).toEqual(['event', 'caught-up']);
    const seen = checkpoints(messages);
    expect(seen.length).toBeGreaterThan(0);
    expect(comparePositions(seen[seen.length - 1], last.position)).toBe(0);
    for (let i = 1; i < seen.length; i++) expect(comparePositions(seen[i], seen[i - 1])).toBe(1);
  });

  it("moves a projection's checkpoint past events it does not read", async () => {
    const prefix = unique('proj-');
    const projection: Projection = { name: 'kept-only', version: 1, streamPrefixes: [prefix], createTables: () => undefined, apply: () => undefined };
    const directory = mkdtempSync(join(tmpdir(), 'ft-checkpoints-'));
    const engine = new ProjectionEngine(double.store, new ProjectionManifest(directory), [projection]);
    try {
      const kept = await double.store.appendToStream(`${prefix}kept`, [event('Kept')], 'no_stream');
      await engine.start();
      await engine.waitUntilCaughtUp();
      const afterCatchUp = positionFromString((await engine.health())[0].checkpoint as string);
      expect(comparePositions(afterCatchUp, kept.position)).toBeGreaterThanOrEqual(0);
      // Live, the server sends a checkpoint every 32 events it looks at (the default window, interval 1).
      const other = await double.store.appendToStream(
        `${unique('other-')}y`,
        Array.from({ length: 40 }, () => event('Other')),
        'no_stream',
      );
      const moved = await waitFor(async () => {
        const checkpoint = positionFromString((await engine.health())[0].checkpoint as string);
        return comparePositions(checkpoint, afterCatchUp) > 0 ? checkpoint : null;
      });
      expect(comparePositions(moved, other.position)).toBeLessThanOrEqual(0);
    } finally {
      await engine.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > until) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
