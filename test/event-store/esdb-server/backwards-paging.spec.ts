import { onTheDouble, event, unique, OnTheDouble } from './on-the-double';

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
    await double.store.appendToStream(`$${name}stats`, Array.from({ length: 100 }, () => event('$statsCollected')), 'no_stream');
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
      await double.store.appendToStream(`$${name}sys${i}`, Array.from({ length: 100 }, () => event('$metadata')), 'no_stream');
    }
    const backwards = await double.store.readAll({ direction: 'backwards', maxCount: 12 });
    expect(backwards.map((e) => e.type)).toEqual([...written].reverse());
    const forwards = (await double.store.readAll({})).filter((e) => e.streamId.startsWith(name));
    expect(forwards.map((e) => e.type)).toEqual(written);
  });
});
