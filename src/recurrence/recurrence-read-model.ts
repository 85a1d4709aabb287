import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore, positionFromString } from '../event-store/event-store.port';
import { ReadModelBehind } from '../kernel/query-refusals';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelFile } from '../projections/read-model-file';
import { RepeatLink, recurrenceProjection, repeatLinks } from './recurrence.projection';

const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

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

  /** The links standing now, once the read model includes `minPosition` (a link just made: read-your-writes). */
  async links(minPosition?: string): Promise<RepeatLink[]> {
    if (minPosition && !(await this.runner.waitForPosition(positionFromString(minPosition), READ_YOUR_WRITES_TIMEOUT_MS))) {
      throw new ReadModelBehind(`the links have not reached position ${minPosition} yet; retry shortly`, 'ReadModelBehind', { position: minPosition });
    }
    return repeatLinks(this.readModel.db);
  }
}
