import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore, Position, positionToString } from '../event-store/event-store.port';
import { ReadModelBehind } from '../kernel/query-refusals';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelFile } from '../projections/read-model-file';
import { StoredTranslation, storedTranslations, translationProjection } from './translation.projection';

/** The translations' own read model, fed from the global log from its own checkpoint (as the portal's is). */
@Injectable()
export class TranslationReadModel implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly readModel: ReadModelFile;
  private readonly runner: ProjectionRunner;

  constructor(store: EventStore, config: AppConfig) {
    const file = join(config.DATA_DIR, 'translations', `translation-v${translationProjection.version}.sqlite`);
    this.readModel = new ReadModelFile(file, translationProjection);
    this.runner = new ProjectionRunner(store, translationProjection, this.readModel, translationProjection.version);
  }

  async onApplicationBootstrap(): Promise<void> {
    void this.runner.run();
    await this.runner.waitUntilCaughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
    this.readModel.close();
  }

  /** The translations of these items; after `position` (a command's answer) when given, so a writer reads its write. */
  async of(itemIds: string[], position?: Position): Promise<StoredTranslation[]> {
    if (position && !(await this.runner.waitForPosition(position, 5_000))) {
      const text = positionToString(position);
      throw new ReadModelBehind(`the translations have not reached position ${text} yet; retry shortly`, 'ReadModelBehind', { position: text });
    }
    return storedTranslations(this.readModel.db, itemIds);
  }

  /** Where the translations stand: changes whenever the read model applies an event (the portal's ETags include it). */
  position(): string {
    return String(this.runner.checkpoint?.commit ?? 0);
  }
}
