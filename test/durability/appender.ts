// Child process of the durability test: appends forever, printing each acknowledged append.
import { randomUUID } from 'node:crypto';
import { SqliteEventStore, SqliteSynchronous } from '../../src/event-store/embedded/sqlite-event-store';

async function appendForever(file: string, synchronous: SqliteSynchronous): Promise<void> {
  const store = new SqliteEventStore({ file, synchronous });
  const revisions = new Map<string, bigint>();
  for (let n = 0; ; n++) {
    const streamId = `durable-${n % 7}`;
    const expected = revisions.get(streamId) ?? 'no_stream';
    const ids = n % 5 === 0 ? [randomUUID(), randomUUID()] : [randomUUID()];
    const events = ids.map((id) => ({ id, type: 'Appended', data: { n } }));
    const result = await store.appendToStream(streamId, events, expected);
    revisions.set(streamId, result.nextExpectedRevision);
    process.stdout.write(`ACK ${result.position.commit} ${ids.join(',')}\n`);
  }
}

void appendForever(process.argv[2], (process.argv[3] ?? 'FULL') as SqliteSynchronous);
