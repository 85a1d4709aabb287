import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from './embedded/sqlite-event-store';
import { EventStore } from './event-store.port';
import { EsdbEventStore } from './eventstoredb/esdb-event-store';
import { UnsupportedServerError } from './eventstoredb/esdb-server-version';

export function createEventStore(config: AppConfig): EventStore {
  if (config.EVENT_STORE === 'eventstoredb') {
    return new EsdbEventStore({ connectionString: config.EVENTSTORE_CONNECTION_STRING as string });
  }
  return new SqliteEventStore({
    file: join(config.DATA_DIR, 'events.sqlite'),
    synchronous: config.SQLITE_SYNCHRONOUS,
    pollIntervalMs: config.SQLITE_POLL_INTERVAL_MS,
  });
}

/**
 * Refuses to start on a server the adapter cannot work with (too old to send CaughtUp). A server not reachable
 * yet is no reason to stop: calls retry, subscriptions resubscribe, and the version is checked again then.
 */
async function checkAtStart(store: EsdbEventStore, logger: Logger): Promise<void> {
  try {
    const { version } = await store.checkServer();
    logger.log(`EventStoreDB server ${version}`);
  } catch (error) {
    if (error instanceof UnsupportedServerError) {
      await store.close();
      throw error;
    }
    logger.warn(`EventStoreDB not reachable yet (${String(error)}); the app starts and keeps trying`);
  }
}

/** Provides the event-store port, backed by the adapter the configuration names. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EventStore) private readonly store: EventStore) {}

  static forRoot(): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EventStore,
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => {
            const store = createEventStore(config);
            const logger = new Logger('EventStore');
            if (store instanceof EsdbEventStore) await checkAtStart(store, logger);
            logger.log(`using the ${config.EVENT_STORE} event store`);
            return store;
          },
        },
      ],
      exports: [EventStore],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
