import { Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EventStore } from '../event-store/event-store.port';

@Injectable()
export class EventStoreHealthIndicator {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly store: EventStore,
    private readonly indicator: HealthIndicatorService,
  ) {}

  /**
   * The anonymous answer says up or down and the head of the log; the store's file path, connection string
   * and error text (which may name either) go to the server's log only.
   */
  async check() {
    const health = await this.store.health();
    const session = this.indicator.check('eventStore');
    const { file: _file, connectionString: _connection, error, ...rest } = health.details as Record<string, unknown>;
    if (error !== undefined) this.logger.error(`event store ${health.adapter} is down: ${String(error)}`);
    const details = { adapter: health.adapter, ...rest, ...(error !== undefined ? { error: 'the event store does not answer; see the server log' } : {}) };
    return health.up ? session.up(details) : session.down(details);
  }
}
