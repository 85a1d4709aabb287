import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ProjectionEngine } from './projection-engine';

/** Starts the projections with the app and holds start-up until they have caught up with the log. */
@Injectable()
export class ProjectionsLifecycle implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Projections');

  constructor(private readonly engine: ProjectionEngine) {}

  private started = 0;

  /** Subscribes with the capabilities' own read models, before any waits: one read of the log catches them all up. */
  async onModuleInit(): Promise<void> {
    this.started = Date.now();
    await this.engine.start();
  }

  async onApplicationBootstrap(): Promise<void> {
    const started = this.started;
    await this.engine.waitUntilCaughtUp();
    this.logger.log(`read models caught up in ${Date.now() - started} ms`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.engine.stop();
  }
}
