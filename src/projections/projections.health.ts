import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { ProjectionEngine } from './projection-engine';

/** Each projection's checkpoint, lag behind the head of the log, and last error. */
@Injectable()
export class ProjectionsHealthIndicator {
  constructor(
    private readonly engine: ProjectionEngine,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check() {
    const projections = await this.engine.health();
    const session = this.indicator.check('projections');
    const healthy = projections.every((p) => p.lastError === null);
    return healthy ? session.up({ projections }) : session.down({ projections });
  }
}
