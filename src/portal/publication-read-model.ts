import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../projections/projection-runner';
import { ReadModelFile } from '../projections/read-model-file';
import { TrackerReadModel } from '../projections/tracker-read-model';
import { statement } from '../projections/statement-cache';
import { PublishedForum, publicationProjection, publishedForum, publishedForums } from './publication.projection';

/**
 * The portal's own read model, fed from the global log from its own checkpoint (as the notifications' is),
 * and the position of the data the portal shows: its checkpoint with the tracker's, which the ETags are made of.
 */
@Injectable()
export class PublicationReadModel implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly readModel: ReadModelFile;
  private readonly runner: ProjectionRunner;

  constructor(
    store: EventStore,
    config: AppConfig,
    private readonly tracker: TrackerReadModel,
  ) {
    const file = join(config.DATA_DIR, 'portal', `publication-v${publicationProjection.version}.sqlite`);
    this.readModel = new ReadModelFile(file, publicationProjection);
    this.runner = new ProjectionRunner(store, publicationProjection, this.readModel, publicationProjection.version);
  }

  async onApplicationBootstrap(): Promise<void> {
    void this.runner.run();
    await this.runner.waitUntilCaughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
    this.readModel.close();
  }

  published(): PublishedForum[] {
    return publishedForums(this.readModel.db);
  }

  publicationOf(forumId: string): PublishedForum | undefined {
    return publishedForum(this.readModel.db, forumId);
  }

  /** Where the data shown stands: changes whenever either read model applies an event. */
  async dataPosition(): Promise<string> {
    const tracker = await this.tracker.reader({});
    const row = statement(tracker, 'SELECT commit_position FROM projection_state WHERE id = 1').get() as { commit_position: bigint | null };
    return `${row.commit_position ?? 0}.${this.runner.checkpoint?.commit ?? 0}`;
  }
}
