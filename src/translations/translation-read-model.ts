import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore, Position } from '../event-store/event-store.port';
import { OwnReadModel } from '../projections/own-read-model';
import { StoredTranslation, storedTranslations, translationProjection } from './translation.projection';

/** The translations' own read model, fed from the global log from its own checkpoint (as the portal's is). */
@Injectable()
export class TranslationReadModel extends OwnReadModel {
  constructor(store: EventStore, config: AppConfig) {
    super(store, join(config.DATA_DIR, 'translations', `translation-v${translationProjection.version}.sqlite`), translationProjection);
  }

  /** The translations of these items; after `position` (a command's answer) when given, so a writer reads its write. */
  async of(itemIds: string[], position?: Position): Promise<StoredTranslation[]> {
    await this.reach(position, 'the translations');
    return storedTranslations(this.readModel.db, itemIds);
  }

  /** Where the translations stand: changes whenever the read model applies an event (the portal's ETags include it). */
  position(): string {
    return String(this.runner.checkpoint?.commit ?? 0);
  }
}
