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
    const details = { adapter: health.adapter, ...health.details };
    return health.up ? session.up(details) : session.down(details);
  }
}
