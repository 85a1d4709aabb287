import { comparePositions } from '../../../src/event-store/event-store.port';
import { onTheDouble, event, unique, OnTheDouble } from './on-the-double';

/**
 * The server may answer an idempotent append (the same event ids again) with NoPosition: Streams.Append sets
 * NoPosition when the write completed with CommitPosition -1, BatchAppendResp.Success.Completed likewise.
 * The adapter must then find the position, never invent one.
 */
for (const batchAppend of [true, false]) {
  describe(`EventStoreDB adapter: an idempotent append answered without a position (${batchAppend ? 'BatchAppend' : 'Append'})`, () => {
    let double: OnTheDouble;
    beforeAll(async () => (double = await onTheDouble({ batchAppend, idempotentWithoutPosition: true })));
    afterAll(() => double.stop());

    it('answers with the position of the events first written', async () => {
      const stream = `${unique('idem-')}a`;
      const batch = [event('One'), event('Two')];
      const first = await double.store.appendToStream(stream, batch, 'no_stream');
      await double.store.appendToStream(`${unique('other-')}b`, [event('Later')], 'no_stream');
      const retry = await double.store.appendToStream(stream, batch, 'no_stream');
      expect(retry.nextExpectedRevision).toBe(1n);
      expect(comparePositions(retry.position, first.position)).toBe(0);
      const [stored] = await double.store.readStream(stream, { direction: 'backwards', maxCount: 1 });
      expect(comparePositions(retry.position, stored.position)).toBe(0);
    });
  });
}
