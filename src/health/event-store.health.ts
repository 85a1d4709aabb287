import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EventStore } from '../event-store/event-store.port';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    private readonly store: EventStore,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check() {
    const health = await this.store.health();
    const session = this.indicator.check('eventStore');
    // The store's file path or connection string stays out of this anonymous answer.
    const { file: _file, connectionString: _connection, ...rest } = health.details as Record<string, unknown>;
    const details = { adapter: health.adapter, ...rest };
    return health.up ? session.up(details) : session.down(details);
  }
}
