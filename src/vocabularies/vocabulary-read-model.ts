import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore, Position } from '../event-store/event-store.port';
import { OwnReadModel } from '../projections/own-read-model';
import { VocabularyIndex } from './vocabulary-index';
import { loadVocabularyEvents, vocabularyProjection } from './vocabulary.projection';

/** The vocabularies' own read model: its file holds their events, its index in memory answers lookups at once. */
@Injectable()
export class VocabularyReadModel extends OwnReadModel {
  readonly index: VocabularyIndex;

  constructor(store: EventStore, config: AppConfig) {
    const index = new VocabularyIndex();
    const projection = vocabularyProjection(index);
    super(store, join(config.DATA_DIR, 'vocabularies', `vocabulary-v${projection.version}.sqlite`), projection);
    this.index = index;
    loadVocabularyEvents(this.readModel.db, index);
  }

  /** Once the index includes `position` (a command's answer); ReadModelBehind if not in time. */
  async reached(position: Position | undefined): Promise<void> {
    await this.reach(position, 'the vocabularies');
  }

  /** Where the vocabularies stand: changes whenever the read model applies an event. */
  position(): string {
    return String(this.runner.checkpoint?.commit ?? 0);
  }
}
