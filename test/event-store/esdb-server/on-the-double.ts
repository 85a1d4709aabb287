// Starts the protocol double in a mode and the EventStoreDB adapter on it, for the specs of server behaviour.
import { randomUUID } from 'node:crypto';
import { EsdbEventStore } from '../../../src/event-store/eventstoredb/esdb-event-store';
import { EventToAppend, Subscription, SubscriptionMessage } from '../../../src/event-store/event-store.port';
import { EsdbProtocolServer, ProtocolServerOptions } from '../esdb-protocol-server/esdb-protocol-server';

export interface OnTheDouble {
  server: EsdbProtocolServer;
  store: EsdbEventStore;
  stop(): Promise<void>;
}

export async function onTheDouble(options: Partial<ProtocolServerOptions> = {}): Promise<OnTheDouble> {
  const server = new EsdbProtocolServer({ batchAppend: true, ...options });
  await server.start();
  const store = new EsdbEventStore({
    connectionString: server.connectionString,
    resubscribeBackoffMs: { initial: 20, max: 200 },
    // Shorter than in production (FAILOVER_RETRY), the same logic.
    retry: { attempts: 6, initialBackoffMs: 10, maxBackoffMs: 100 },
  });
  return {
    server,
    store,
    stop: async () => {
      await store.close();
      await server.dispose();
    },
  };
}

export const event = (type: string, data: Record<string, unknown> = {}): EventToAppend => ({ id: randomUUID(), type, data });

export const unique = (name: string) => `${name}${randomUUID().replace(/-/g, '').slice(0, 10)}-`;

/** Messages until `until` holds, the subscription ends, or `timeoutMs` passes; an error is returned, not thrown. */
export async function take(
  subscription: Subscription,
  until: (messages: SubscriptionMessage[]) => boolean,
  timeoutMs = 5000,
): Promise<{ messages: SubscriptionMessage[]; error?: unknown }> {
  const messages: SubscriptionMessage[] = [];
  const timer = setTimeout(() => void subscription.close(), timeoutMs);
  try {
    for await (const message of subscription) {
      messages.push(message);
      if (until(messages)) break;
    }
    return { messages };
  } catch (error) {
    return { messages, error };
  } finally {
    clearTimeout(timer);
    await subscription.close();
  }
}
