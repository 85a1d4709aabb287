import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore, Position } from '../event-store/event-store.port';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelFile } from '../projections/read-model-file';
import { SharedCatchUp } from '../projections/shared-catch-up';
import { RecommendationFile, fileOf, filesOf, recommendationFilesProjection } from './recommendation-files.projection';

const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/**
 * The evidence-files capability's own read model (DATA_DIR/evidence-files/read-model.v<version>.sqlite), fed by
 * its own catch-up subscription, beside the tracker's: a new version is built afresh from the log at start.
 */
@Injectable()
export class RecommendationFiles implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly runner: ProjectionRunner;

  constructor(store: EventStore, @Inject(AppConfig) config: AppConfig) {
    const { version } = recommendationFilesProjection;
    const file = join(config.DATA_DIR, 'evidence-files', `read-model.v${version}.sqlite`);
    const readModel = new ReadModelFile(file, recommendationFilesProjection);
    this.runner = new ProjectionRunner(store, recommendationFilesProjection, readModel, version, false, SharedCatchUp.of(store));
  }

  /** Subscribes with the other read models before any waits: one read of the log catches them all up (SharedCatchUp). */
  onModuleInit(): void {
    void this.runner.run();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.waitUntilCaughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
    this.runner.readModel.close();
  }

  async list(recommendationId: string, minPosition?: Position): Promise<RecommendationFile[]> {
    await this.reach(minPosition);
    return filesOf(this.runner.readModel.db, recommendationId);
  }

  async find(recommendationId: string, sha256: string, minPosition?: Position): Promise<RecommendationFile | null> {
    await this.reach(minPosition);
    return fileOf(this.runner.readModel.db, recommendationId, sha256);
  }

  /** Read-your-writes: the position of the event that attached a file (X-Event-Position). */
  private async reach(position: Position | undefined): Promise<void> {
    if (position) await this.runner.waitForPosition(position, READ_YOUR_WRITES_TIMEOUT_MS);
  }
}
