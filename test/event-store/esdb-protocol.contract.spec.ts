import { randomUUID } from 'node:crypto';
import { EsdbEventStore } from '../../src/event-store/eventstoredb/esdb-event-store';
import { EsdbProtocolServer } from './esdb-protocol-server/esdb-protocol-server';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The EventStoreDB adapter with the real @eventstore/db-client over real gRPC on loopback, against the
 * in-process protocol test double, once through each append path the client has.
 */
for (const batchAppend of [true, false]) {
  const path = batchAppend ? 'BatchAppend' : 'Append';
  let server: EsdbProtocolServer;

  describeEventStoreContract(`EventStoreDB adapter over gRPC to the protocol test double (${path})`, async () => {
    server = new EsdbProtocolServer({ batchAppend });
    await server.start();
    const store = new EsdbEventStore({ connectionString: server.connectionString });
    return {
      store,
      stop: async () => {
        await store.close();
        await server.dispose();
      },
    };
  });

  describe(`the client's append path (${path})`, () => {
    it(`went through Streams.${path} only`, async () => {
      const probe = new EsdbProtocolServer({ batchAppend });
      await probe.start();
      const store = new EsdbEventStore({ connectionString: probe.connectionString });
      try {
        await store.appendToStream(`probe-${randomUUID()}`, [{ id: randomUUID(), type: 'Probed', data: {} }], 'no_stream');
        expect(probe.calls.batchAppend > 0).toBe(batchAppend);
        expect(probe.calls.append > 0).toBe(!batchAppend);
      } finally {
        await store.close();
        await probe.dispose();
      }
    });
  });
}
