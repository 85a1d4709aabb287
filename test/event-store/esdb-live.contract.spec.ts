import { EsdbEventStore } from '../../src/event-store/eventstoredb/esdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The third leg: a real EventStoreDB. Runs only when EVENTSTORE_CONNECTION_STRING is set
 * (jest.config.js leaves this file out otherwise); see README, "Testing against a real EventStoreDB".
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING ?? '';

describeEventStoreContract(`a real EventStoreDB at ${connectionString}`, async () => {
  const store = new EsdbEventStore({ connectionString });
  return { store, stop: () => store.close() };
});
