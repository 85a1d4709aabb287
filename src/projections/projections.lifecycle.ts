import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ProjectionEngine } from './projection-engine';

/** Starts the projections with the app and holds start-up until they have caught up with the log. */
@Injectable()
export class ProjectionsLifecycle implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');

  constructor(private readonly engine: ProjectionEngine) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    await this.engine.start();
    await this.engine.waitUntilCaughtUp();
    this.logger.log(`read models caught up in ${Date.now() - started} ms`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.engine.stop();
  }
}
