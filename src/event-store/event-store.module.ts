import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { SqliteEventStore } from './embedded/sqlite-event-store';
import { EventStore } from './event-store.port';
import { EsdbEventStore } from './eventstoredb/esdb-event-store';

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
          useFactory: (config: AppConfig) => {
            const store = createEventStore(config);
            new Logger('EventStore').log(`using the ${config.EVENT_STORE} event store`);
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
