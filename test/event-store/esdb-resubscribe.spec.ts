import { randomUUID } from 'node:crypto';
import { EsdbEventStore } from '../../src/event-store/eventstoredb/esdb-event-store';
import { SubscriptionMessage } from '../../src/event-store/event-store.port';
import { EsdbProtocolServer } from './esdb-protocol-server/esdb-protocol-server';

const event = (type: string) => ({ id: randomUUID(), type, data: {} });

describe('EventStoreDB adapter: a subscription survives the server going away', () => {
  let server: EsdbProtocolServer;
  let store: EsdbEventStore;

  beforeAll(async () => {
    server = new EsdbProtocolServer({ batchAppend: true });
    await server.start();
    store = new EsdbEventStore({ connectionString: server.connectionString, resubscribeBackoffMs: { initial: 50, max: 400 } });
  });
  afterAll(async () => {
    await store.close();
    await server.dispose();
  });

  it('resubscribes from the last delivered event after a restart: every event once, in order, one caught-up', async () => {
    await store.appendToStream('resub-a', [event('A0'), event('A1')], 'no_stream');
    const subscription = store.subscribeToAll({ fromPosition: 'start', streamNamePrefixes: ['resub-'] });
    const seen: string[] = [];
    const timeout = setTimeout(() => void subscription.close(), 20_000);
    let restarted = false;
    for await (const message of subscription as AsyncIterable<SubscriptionMessage>) {
      if (message.kind === 'checkpoint') continue;
      seen.push(message.kind === 'event' ? message.event.type : message.kind);
      if (message.kind === 'caught-up' && !restarted) {
        restarted = true;
        await server.stop();
        await server.start();
        await store.appendToStream('resub-a', [event('A2')], 1n);
        await store.appendToStream('resub-b', [event('B0')], 'no_stream');
      }
      if (seen.includes('B0')) break;
    }
    clearTimeout(timeout);
    await subscription.close();
    expect(seen).toEqual(['A0', 'A1', 'caught-up', 'A2', 'B0']);
  });
});
