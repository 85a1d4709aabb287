import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelFile } from '../projections/read-model-file';
import { RepeatLink, recurrenceProjection, repeatLinks } from './recurrence.projection';

/** The recurrence capability's own read model of links, fed from the global log from its own checkpoint. */
@Injectable()
export class RecurrenceReadModel implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly readModel: ReadModelFile;
  private readonly runner: ProjectionRunner;

  constructor(store: EventStore, config: AppConfig) {
    const file = join(config.DATA_DIR, 'recurrence', `recurrence-v${recurrenceProjection.version}.sqlite`);
    this.readModel = new ReadModelFile(file, recurrenceProjection);
    this.runner = new ProjectionRunner(store, recurrenceProjection, this.readModel, recurrenceProjection.version);
  }

  async onApplicationBootstrap(): Promise<void> {
    void this.runner.run();
    await this.runner.waitUntilCaughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
    this.readModel.close();
  }

  links(): RepeatLink[] {
    return repeatLinks(this.readModel.db);
  }
}
