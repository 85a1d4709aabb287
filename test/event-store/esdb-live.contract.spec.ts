import { redactConnectionString } from '../../src/config/esdb-connection-string';
import { EsdbEventStore } from '../../src/event-store/eventstoredb/esdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

/**
 * The third leg: a real EventStoreDB. Runs only when EVENTSTORE_CONNECTION_STRING is set
 * (jest.config.js leaves this file out otherwise); see README, "Testing against a real EventStoreDB".
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING ?? '';

// The test name is printed: never with the credentials (a CI log is read by many).
describeEventStoreContract(`a real EventStoreDB at ${redactConnectionString(connectionString)}`, async () => {
  const store = new EsdbEventStore({ connectionString });
  return { store, stop: () => store.close() };
});
