import fc from 'fast-check';
import { RecordedEvent } from '../../../src/event-store/event-store.port';
import { onTheDouble, event, unique, OnTheDouble } from './on-the-double';

const ours = (events: RecordedEvent[]) => events.filter((e) => !e.streamId.startsWith('$')).map((e) => e.id);

/**
 * EventStoreDB reads $all backwards exclusively of the given position (AllReader.ReadAllEventsBackward keeps
 * records whose end is at or before it) and forwards inclusively. The adapter pages through $all leaving out
 * system events; each later backwards page must keep its first event.
 */
describe('EventStoreDB adapter: backwards pages of $all (the server excludes the position backwards)', () => {
  let double: OnTheDouble;
  beforeAll(async () => (double = await onTheDouble()));
  afterAll(() => double.stop());

  it('finds the head behind a full page of system events', async () => {
    const name = unique('head-');
    await double.store.appendToStream(`${name}a`, [event('A'), event('B')], 'no_stream');
    await double.store.appendToStream(
      `$${name}stats`,
      Array.from({ length: 100 }, () => event('$statsCollected')),
      'no_stream',
    );
    const [head] = await double.store.readAll({ direction: 'backwards', maxCount: 1 });
    expect(head.type).toBe('B');
    const lastTwo = await double.store.readAll({ direction: 'backwards', maxCount: 2 });
    expect(lastTwo.map((e) => e.type)).toEqual(['B', 'A']);
  });

  it('a backwards read over many pages is the forwards read reversed (system events interleaved)', async () => {
    const name = unique('pages-');
    let stream = 0;
    const written: string[] = [];
    // Runs of system events a page long, so that page edges fall just before events of ours.
    for (let i = 0; i < 12; i++) {
      await double.store.appendToStream(`${name}${stream++}`, [event(`U${i}`)], 'no_stream');
      written.push(`U${i}`);
      await double.store.appendToStream(
        `$${name}sys${i}`,
        Array.from({ length: 100 }, () => event('$metadata')),
        'no_stream',
      );
    }
    const backwards = await double.store.readAll({ direction: 'backwards', maxCount: 12 });
    expect(backwards.map((e) => e.type)).toEqual([...written].reverse());
    const forwards = (await double.store.readAll({})).filter((e) => e.streamId.startsWith(name));
    expect(forwards.map((e) => e.type)).toEqual(written);
  });

  it("pages through any mix of system events as the log reads without paging (property, against the double's own store)", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Runs of system events of any length, often exactly at a page edge (pages of 100 records here).
        fc.array(fc.oneof(fc.constantFrom(99, 100, 101, 199, 200), fc.integer({ min: 0, max: 230 })), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 8 }),
        async (systemRuns, wanted) => {
          const name = unique('prop-');
          for (const [i, run] of systemRuns.entries()) {
            await double.store.appendToStream(`${name}${i}`, [event(`P${i}`)], 'no_stream');
            if (run > 0)
              await double.store.appendToStream(
                `$${name}sys${i}`,
                Array.from({ length: run }, () => event('$metadata')),
                'no_stream',
              );
          }
          const reference = ours(await double.server.store.readAll({ direction: 'backwards' }));
          const backwards = await double.store.readAll({ direction: 'backwards', maxCount: wanted });
          expect(backwards.map((e) => e.id)).toEqual(reference.slice(0, wanted));
          const from = (await double.server.store.readAll({ direction: 'backwards', maxCount: 1 + systemRuns[0] + systemRuns.length * 3 })).pop();
          if (!from) return;
          const forwards = await double.store.readAll({ fromPosition: from.position, maxCount: wanted });
          expect(forwards.map((e) => e.id)).toEqual(ours(await double.server.store.readAll({ fromPosition: from.position })).slice(0, wanted));
        },
      ),
      { numRuns: 12 },
    );
  });
});
