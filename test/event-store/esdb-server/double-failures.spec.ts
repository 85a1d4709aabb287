import { EventStoreDBClient } from '@eventstore/db-client';
import { onTheDouble, OnTheDouble } from './on-the-double';

/** The double's own failures end the call with a gRPC status, as the server's do: the client is never left waiting. */
describe('protocol double: its failures end calls with a status', () => {
  let double: OnTheDouble;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    double = await onTheDouble();
    client = EventStoreDBClient.connectionString(double.server.connectionString);
  });
  afterAll(async () => {
    await client.dispose();
    await double.stop();
  });

  it('a subscription it cannot serve ends with UNIMPLEMENTED', async () => {
    const subscription = client.subscribeToStream('some-stream');
    const outcome = await new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve('still waiting after 3 s'), 3000);
      subscription.on('error', (error) => {
        clearTimeout(timer);
        resolve(error);
      });
    });
    await subscription.unsubscribe();
    expect(outcome).toMatchObject({ code: 12 });
  });

  it('a subscription the node drops ends with UNAVAILABLE', async () => {
    const subscription = client.subscribeToAll();
    const outcome = new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve('still waiting after 3 s'), 3000);
      subscription.on('error', (error) => {
        clearTimeout(timer);
        resolve(error);
      });
    });
    await new Promise((resolve) => subscription.once('confirmation', resolve));
    double.server.dropSubscriptions();
    expect(await outcome).toMatchObject({ type: 'unavailable' });
  });
});
