import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../http/auth.decorators';
import { ProjectionsHealthIndicator } from '../projections/projections.health';
import { EventStoreHealthIndicator } from './event-store.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
    private readonly indicator: HealthIndicatorService,
  ) {}

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers HTTP (nothing else is checked)' })
  live() {
    return { status: 'ok' };
  }

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: "The app's health, the event store's state and each projection's lag (503 when something is down)" })
  check() {
    // The projections' lag needs the store: when it is down, they are reported down too (503), not a 500.
    const projections = () =>
      this.projections.check().catch(() => this.indicator.check('projections').down({ error: 'the lag is unknown while the event store does not answer' }));
    return this.health.check([() => this.eventStore.check(), projections]);
  }
}
