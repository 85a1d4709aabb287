import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore, positionFromString } from '../event-store/event-store.port';
import { OwnReadModel } from '../projections/own-read-model';
import { RepeatLink, recurrenceProjection, repeatLinks } from './recurrence.projection';

/** The recurrence capability's own read model of links, fed from the global log from its own checkpoint. */
@Injectable()
export class RecurrenceReadModel extends OwnReadModel {
  constructor(store: EventStore, config: AppConfig) {
    super(store, join(config.DATA_DIR, 'recurrence', `recurrence-v${recurrenceProjection.version}.sqlite`), recurrenceProjection);
  }

  /** The links standing now, once the read model includes `minPosition` (a link just made: read-your-writes). */
  async links(minPosition?: string): Promise<RepeatLink[]> {
    await this.reach(minPosition ? positionFromString(minPosition) : undefined, 'the links');
    return repeatLinks(this.readModel.db);
  }
}
