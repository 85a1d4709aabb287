import { randomUUID } from 'node:crypto';
import { EsdbEventStore } from '../../src/event-store/eventstoredb/esdb-event-store';
import { EsdbProtocolServer } from '../../test/event-store/esdb-protocol-server/esdb-protocol-server';
import { BenchOptions, Measurement, Scenario, elapsedSeconds } from '../measurement';

const LABEL = '(test double, NOT EventStoreDB)';
const event = () => ({
  id: randomUUID(),
  type: 'RecommendationProgressReported',
  data: { note: 'weekly update', evidence: [] },
  metadata: { correlationId: randomUUID() },
});

async function appendRate(store: EsdbEventStore, total: number, batch: number): Promise<number> {
  const started = process.hrtime.bigint();
  let revision: bigint | 'no_stream' = 'no_stream';
  const stream = `bench-${randomUUID()}`;
  for (let i = 0; i < total; i += batch) {
    const result = await store.appendToStream(stream, Array.from({ length: batch }, event), revision);
    revision = result.nextExpectedRevision;
  }
  return total / elapsedSeconds(started);
}

async function subscribeRate(store: EsdbEventStore, expected: number): Promise<number> {
  const started = process.hrtime.bigint();
  let seen = 0;
  const subscription = store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: ['bench-'] });
  for await (const message of subscription) {
    if (message.kind === 'event') seen++;
    if (message.kind === 'caught-up') break;
  }
  await subscription.close();
  if (seen < expected) throw new Error(`the subscription delivered ${seen} of ${expected} events`);
  return seen / elapsedSeconds(started);
}

/** The EventStoreDB adapter through the real client over gRPC, against the in-process protocol double. */
export const esdbAdapterScenario: Scenario = {
  name: 'EventStoreDB adapter',
  async run({ quick }: BenchOptions): Promise<Measurement[]> {
    const server = new EsdbProtocolServer({ batchAppend: true });
    await server.start();
    const store = new EsdbEventStore({ connectionString: server.connectionString });
    try {
      const single = quick ? 500 : 2_000;
      const batched = quick ? 10_000 : 50_000;
      const singleRate = await appendRate(store, single, 1);
      const batchRate = await appendRate(store, batched, 100);
      const subscribe = await subscribeRate(store, single + batched);
      return [
        { scenario: `ESDB adapter append, 1 event ${LABEL}`, size: `${single} ev`, figure: singleRate, unit: 'events/s' },
        { scenario: `ESDB adapter append, batches of 100 ${LABEL}`, size: `${batched} ev`, figure: batchRate, unit: 'events/s' },
        { scenario: `ESDB adapter catch-up subscription ${LABEL}`, size: `${single + batched} ev`, figure: subscribe, unit: 'events/s' },
      ];
    } finally {
      await store.close();
      await server.dispose();
    }
  },
};
