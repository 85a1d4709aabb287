import { randomUUID } from 'node:crypto';
import { StreamNotFoundError, WrongExpectedVersionError } from '../../src/event-store/event-store.errors';
import {
  EventStore,
  EventToAppend,
  Position,
  RecordedEvent,
  Subscription,
  SubscriptionMessage,
  comparePositions,
} from '../../src/event-store/event-store.port';

export interface ContractSubject {
  store: EventStore;
  /** Appends through a second client or process where the leg has one (the store itself otherwise). */
  stop(): Promise<void>;
}

function event(type: string, data: Record<string, unknown> = {}): EventToAppend {
  return { id: randomUUID(), type, data, metadata: { correlationId: randomUUID() } };
}

async function expectError<E extends Error>(promise: Promise<unknown>, kind: new (...args: never[]) => E): Promise<E> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(kind);
    return error as E;
  }
  throw new Error(`expected ${kind.name}, but the call succeeded`);
}

/** Reads messages until `until` holds or the time runs out. */
async function collect(
  subscription: Subscription,
  until: (messages: SubscriptionMessage[]) => boolean,
  afterEach?: (messages: SubscriptionMessage[]) => Promise<void>,
): Promise<SubscriptionMessage[]> {
  const messages: SubscriptionMessage[] = [];
  const timeout = setTimeout(() => void subscription.close(), 10_000);
  try {
    for await (const message of subscription) {
      messages.push(message);
      if (afterEach) await afterEach(messages);
      if (until(messages)) break;
    }
  } finally {
    clearTimeout(timeout);
    await subscription.close();
  }
  return messages;
}

/** Events and caught-up in order; checkpoints are optional in the port, so left out. */
const sequenceOf = (messages: SubscriptionMessage[]): string[] =>
  messages.flatMap((m) => (m.kind === 'event' ? [m.event.type] : m.kind === 'caught-up' ? [m.kind] : []));

const eventsOf = (messages: SubscriptionMessage[]): RecordedEvent[] => messages.flatMap((m) => (m.kind === 'event' ? [m.event] : []));

/**
 * The behaviour every adapter of the event-store port must have. Streams are named
 * after a prefix unique to each test so that the suite can run against a shared EventStoreDB.
 */
export function describeEventStoreContract(name: string, start: () => Promise<ContractSubject>): void {
  describe(`event-store contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    let prefix: string;
    const stream = (suffix: string) => `${prefix}${suffix}`;

    beforeAll(async () => {
      subject = await start();
      store = subject.store;
    });
    afterAll(async () => subject?.stop());
    beforeEach(() => {
      prefix = `t${randomUUID().replace(/-/g, '').slice(0, 12)}-`;
    });

    describe('expected revision', () => {
      it('no_stream creates a stream at revision 0 and refuses when the stream exists', async () => {
        const first = await store.appendToStream(stream('a'), [event('Created')], 'no_stream');
        expect(first.nextExpectedRevision).toBe(0n);
        const error = await expectError(store.appendToStream(stream('a'), [event('Again')], 'no_stream'), WrongExpectedVersionError);
        expect(error.streamId).toBe(stream('a'));
        expect(error.expected).toBe('no_stream');
        expect(error.actual).toBe(0n);
      });

      it('stream_exists refuses a missing stream and accepts an existing one', async () => {
        const error = await expectError(store.appendToStream(stream('b'), [event('Nope')], 'stream_exists'), WrongExpectedVersionError);
        expect(error.expected).toBe('stream_exists');
        expect(error.actual).toBe('no_stream');
        await store.appendToStream(stream('b'), [event('Created')], 'no_stream');
        const result = await store.appendToStream(stream('b'), [event('Next')], 'stream_exists');
        expect(result.nextExpectedRevision).toBe(1n);
      });

      it('an exact revision must be the current one; the error names expected and actual', async () => {
        await store.appendToStream(stream('c'), [event('One'), event('Two')], 'no_stream');
        const error = await expectError(store.appendToStream(stream('c'), [event('Stale')], 0n), WrongExpectedVersionError);
        expect(error.expected).toBe(0n);
        expect(error.actual).toBe(1n);
        const result = await store.appendToStream(stream('c'), [event('Three')], 1n);
        expect(result.nextExpectedRevision).toBe(2n);
      });

      it('an exact revision on a missing stream is refused with actual no_stream', async () => {
        const error = await expectError(store.appendToStream(stream('d'), [event('X')], 0n), WrongExpectedVersionError);
        expect(error.actual).toBe('no_stream');
      });

      it('any appends whatever the state, and positions grow', async () => {
        const first = await store.appendToStream(stream('e'), [event('One')], 'any');
        const second = await store.appendToStream(stream('e'), [event('Two'), event('Three')], 'any');
        expect(first.nextExpectedRevision).toBe(0n);
        expect(second.nextExpectedRevision).toBe(2n);
        expect(comparePositions(second.position, first.position)).toBe(1);
      });
    });

    it('of concurrent appends at the same revision exactly one wins', async () => {
      await store.appendToStream(stream('race'), [event('Created')], 'no_stream');
      const attempts = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => store.appendToStream(stream('race'), [event('Raced', { i })], 0n)));
      const winners = attempts.filter((a) => a.status === 'fulfilled');
      const losers = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(9);
      for (const loser of losers) expect(loser.reason).toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.readStream(stream('race'))).toHaveLength(2);
    });

    describe('idempotent retry', () => {
      it('the same event ids at the same revision succeed again without a duplicate', async () => {
        const batch = [event('One'), event('Two')];
        const first = await store.appendToStream(stream('idem'), batch, 'no_stream');
        const retry = await store.appendToStream(stream('idem'), batch, 'no_stream');
        expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
        const next = [event('Three')];
        const third = await store.appendToStream(stream('idem'), next, 1n);
        const thirdRetry = await store.appendToStream(stream('idem'), next, 1n);
        expect(thirdRetry.nextExpectedRevision).toBe(third.nextExpectedRevision);
        const events = await store.readStream(stream('idem'));
        expect(events.map((e) => e.type)).toEqual(['One', 'Two', 'Three']);
      });

      it('new event ids at a stale revision are still refused', async () => {
        await store.appendToStream(stream('idem2'), [event('One')], 'no_stream');
        await expectError(store.appendToStream(stream('idem2'), [event('Other')], 'no_stream'), WrongExpectedVersionError);
      });
    });

    describe('reading one stream', () => {
      const fill = async () => {
        const types = Array.from({ length: 5 }, (_, i) => `E${i}`);
        await store.appendToStream(
          stream('r'),
          types.map((t, i) => event(t, { i })),
          'no_stream',
        );
      };

      it('reads forwards with data, metadata, revisions and ids', async () => {
        const written = [event('A', { text: 'Прогресс', n: 1 }), event('B', { nested: { list: [1, 2] } })];
        await store.appendToStream(stream('rf'), written, 'no_stream');
        const events = await store.readStream(stream('rf'));
        expect(events.map((e) => e.id)).toEqual(written.map((e) => e.id));
        expect(events.map((e) => e.revision)).toEqual([0n, 1n]);
        expect(events[0].data).toEqual({ text: 'Прогресс', n: 1 });
        expect(events[1].data).toEqual({ nested: { list: [1, 2] } });
        expect(events[0].metadata).toEqual(written[0].metadata);
        expect(events[0].streamId).toBe(stream('rf'));
        expect(events[0].created).toBeInstanceOf(Date);
      });

      it('reads backwards, from a revision, up to a count', async () => {
        await fill();
        const backwards = await store.readStream(stream('r'), { direction: 'backwards' });
        expect(backwards.map((e) => e.type)).toEqual(['E4', 'E3', 'E2', 'E1', 'E0']);
        const middle = await store.readStream(stream('r'), { fromRevision: 2n, maxCount: 2 });
        expect(middle.map((e) => e.type)).toEqual(['E2', 'E3']);
        const lastTwo = await store.readStream(stream('r'), { direction: 'backwards', fromRevision: 'end', maxCount: 2 });
        expect(lastTwo.map((e) => e.type)).toEqual(['E4', 'E3']);
        const before = await store.readStream(stream('r'), { direction: 'backwards', fromRevision: 1n });
        expect(before.map((e) => e.type)).toEqual(['E1', 'E0']);
        const past = await store.readStream(stream('r'), { fromRevision: 9n });
        expect(past).toEqual([]);
      });

      it('a stream that was never written is not found', async () => {
        const error = await expectError(store.readStream(stream('missing')), StreamNotFoundError);
        expect(error.streamId).toBe(stream('missing'));
      });
    });

    describe('the global log', () => {
      async function interleave(): Promise<Position> {
        const first = await store.appendToStream(stream('x'), [event('X0')], 'no_stream');
        await store.appendToStream(stream('y'), [event('Y0')], 'no_stream');
        await store.appendToStream(stream('x'), [event('X1')], 0n);
        await store.appendToStream(stream('y'), [event('Y1'), event('Y2')], 0n);
        return first.position;
      }
      const mine = (events: RecordedEvent[]) => events.filter((e) => e.streamId.startsWith(prefix));

      it('keeps the order of appends across streams, with growing positions', async () => {
        const from = await interleave();
        const events = mine(await store.readAll({ fromPosition: from }));
        expect(events.map((e) => e.type)).toEqual(['X0', 'Y0', 'X1', 'Y1', 'Y2']);
        for (let i = 1; i < events.length; i++) {
          expect(comparePositions(events[i].position, events[i - 1].position)).toBe(1);
        }
      });

      it('reads forwards from a position inclusively, backwards from it exclusively (AllReader), up to a count', async () => {
        const from = await interleave();
        const all = mine(await store.readAll({ fromPosition: from }));
        const fromThird = mine(await store.readAll({ fromPosition: all[2].position, maxCount: 2 }));
        expect(fromThird.map((e) => e.type)).toEqual(['X1', 'Y1']);
        const backwards = mine(await store.readAll({ direction: 'backwards', fromPosition: all[3].position, maxCount: 3 }));
        expect(backwards.map((e) => e.type)).toEqual(['X1', 'Y0', 'X0']);
        const head = await store.readAll({ direction: 'backwards', maxCount: 1 });
        expect(head.map((e) => e.type)).toEqual(['Y2']);
      });
    });

    describe('catch-up subscription', () => {
      it('from the start delivers the history, then says it has caught up', async () => {
        await store.appendToStream(stream('s'), [event('S0'), event('S1')], 'no_stream');
        const messages = await collect(store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [prefix] }), (m) =>
          m.some((x) => x.kind === 'caught-up'),
        );
        expect(sequenceOf(messages)).toEqual(['S0', 'S1', 'caught-up']);
      });

      it('from a checkpoint delivers only what came after it', async () => {
        const first = await store.appendToStream(stream('c'), [event('C0')], 'no_stream');
        await store.appendToStream(stream('c'), [event('C1'), event('C2')], 0n);
        const messages = await collect(store.subscribeToAll({ fromPosition: first.position, streamNamePrefixes: [prefix] }), (m) =>
          m.some((x) => x.kind === 'caught-up'),
        );
        expect(eventsOf(messages).map((e) => e.type)).toEqual(['C1', 'C2']);
      });

      it('catches up, then delivers live appends in order', async () => {
        await store.appendToStream(stream('l'), [event('Old')], 'no_stream');
        let appended = false;
        const messages = await collect(
          store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [prefix] }),
          (m) => eventsOf(m).length === 4,
          async (m) => {
            if (!appended && m[m.length - 1].kind === 'caught-up') {
              appended = true;
              await store.appendToStream(stream('l'), [event('New1')], 0n);
              await store.appendToStream(stream('m'), [event('New2'), event('New3')], 'no_stream');
            }
          },
        );
        expect(sequenceOf(messages)).toEqual(['Old', 'caught-up', 'New1', 'New2', 'New3']);
      });

      it('filters by stream-name prefix', async () => {
        await store.appendToStream(stream('keep-1'), [event('K1')], 'no_stream');
        await store.appendToStream(stream('drop-1'), [event('D1')], 'no_stream');
        await store.appendToStream(stream('keep-2'), [event('K2')], 'no_stream');
        await store.appendToStream(stream('other-1'), [event('O1')], 'no_stream');
        const messages = await collect(store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [stream('keep-'), stream('other-')] }), (m) =>
          m.some((x) => x.kind === 'caught-up'),
        );
        expect(eventsOf(messages).map((e) => e.type)).toEqual(['K1', 'K2', 'O1']);
      });

      it('stops when closed', async () => {
        await store.appendToStream(stream('z'), [event('Z0')], 'no_stream');
        const subscription = store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: [prefix] });
        const messages = await collect(subscription, (m) => m.some((x) => x.kind === 'caught-up'));
        expect(eventsOf(messages)).toHaveLength(1);
        const after: SubscriptionMessage[] = [];
        for await (const message of subscription) after.push(message);
        expect(after).toEqual([]);
      });
    });
  });
}
