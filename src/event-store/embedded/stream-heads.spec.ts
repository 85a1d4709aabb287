import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedVersionError } from '../event-store.errors';
import { SqliteEventStore } from './sqlite-event-store';
import { StreamHeads } from './stream-heads';

const STREAMS = ['s-0', 's-1', 's-2'];

/** Appends sent to one store at once (one group commit), or a catch-up read of a stream from a revision back from its head. */
type Step =
  | { kind: 'appends'; store: number; appends: { stream: number; events: number; stale: boolean }[] }
  | { kind: 'read'; store: number; stream: number; back: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('appends' as const),
    store: fc.integer({ min: 0, max: 1 }),
    appends: fc.array(fc.record({ stream: fc.integer({ min: 0, max: 2 }), events: fc.integer({ min: 1, max: 2 }), stale: fc.boolean() }), {
      minLength: 1,
      maxLength: 5,
    }),
  }),
  fc.record({
    kind: fc.constant('read' as const),
    store: fc.integer({ min: 0, max: 1 }),
    stream: fc.integer({ min: 0, max: 2 }),
    back: fc.integer({ min: 0, max: 2 }),
  }),
);

describe('the store answers catch-up reads from the stream heads it knows', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stream-heads-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads, accepts and refuses as a model of the log does, with two connections appending to one file', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const file = join(dir, `events-${run++}.sqlite`);
        const stores = [new SqliteEventStore({ file }), new SqliteEventStore({ file })];
        const model = new Map<string, string[]>(STREAMS.map((s) => [s, []]));
        let nextId = 0;
        try {
          for (const s of steps) {
            const store = stores[s.store];
            if (s.kind === 'read') {
              const ids = model.get(STREAMS[s.stream]) ?? [];
              if (ids.length === 0) {
                await expect(store.readStream(STREAMS[s.stream])).rejects.toThrow();
                continue;
              }
              const from = Math.max(0, ids.length - s.back);
              const read = await store.readStream(STREAMS[s.stream], { fromRevision: BigInt(from) });
              expect(read.map((e) => e.id)).toEqual(ids.slice(from));
              continue;
            }
            // Every append of the group expects the revision the stream had before the group (or, stale, one before that).
            const before = new Map(STREAMS.map((name) => [name, model.get(name)?.length ?? 0]));
            const sent = s.appends.map((a) => {
              const stream = STREAMS[a.stream];
              const length = before.get(stream) ?? 0;
              const expected = a.stale ? (length === 0 ? 0n : BigInt(length - 2)) : length === 0 ? ('no_stream' as const) : BigInt(length - 1);
              const ids = Array.from({ length: a.events }, () => `e-${nextId++}`);
              return {
                stream,
                ids,
                expected,
                outcome: store.appendToStream(
                  stream,
                  ids.map((id) => ({ id, type: 'Noted', data: { id } })),
                  expected,
                ),
              };
            });
            const outcomes = await Promise.allSettled(sent.map((a) => a.outcome));
            // The group's appends are checked in the order they were sent, each against the ones before it.
            sent.forEach(({ stream, ids, expected }, i) => {
              const length = model.get(stream)?.length ?? 0;
              const outcome = outcomes[i];
              if (expected === 'no_stream' ? length === 0 : expected === BigInt(length - 1)) {
                expect(outcome).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: BigInt(length + ids.length - 1) } });
                model.get(stream)?.push(...ids);
              } else {
                expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
              }
            });
          }
          for (const store of stores) {
            for (const stream of STREAMS) {
              const ids = model.get(stream) ?? [];
              if (ids.length > 0) expect((await store.readStream(stream)).map((e) => e.id)).toEqual(ids);
            }
          }
        } finally {
          for (const store of stores) await store.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('forgets the heads of a transaction that was rolled back', () => {
    const db = new Database(':memory:');
    const revisions = new Map<string, bigint>([['s-1', 4n]]);
    const heads = new StreamHeads(db, (streamId) => revisions.get(streamId));
    expect(heads.revisionOf('s-1')).toBe(4n);
    heads.appended('s-1', 5n);
    heads.transactionEnded(false);
    expect(heads.revisionOf('s-1')).toBe(4n);
    heads.appended('s-1', 5n);
    revisions.set('s-1', 5n);
    heads.transactionEnded(true);
    revisions.set('s-1', 99n);
    expect(heads.revisionOf('s-1')).toBe(5n);
    db.close();
  });
});
