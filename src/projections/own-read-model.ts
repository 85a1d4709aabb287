import { OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventStore, Position, positionToString } from '../event-store/event-store.port';
import { ReadModelBehind } from '../kernel/query-refusals';
import { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';
import { ReadModelFile } from './read-model-file';
import { SharedCatchUp } from './shared-catch-up';

const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/** A capability's own read model, in a file of its own, fed from the global log from its own checkpoint. */
export abstract class OwnReadModel implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  protected readonly readModel: ReadModelFile;
  protected readonly runner: ProjectionRunner;

  constructor(store: EventStore, file: string, projection: Projection) {
    this.readModel = new ReadModelFile(file, projection);
    this.runner = new ProjectionRunner(store, projection, this.readModel, projection.version, false, SharedCatchUp.of(store));
  }

  /** Every read model subscribes before any waits, so that one read of the log catches them all up (SharedCatchUp). */
  onModuleInit(): void {
    void this.runner.run();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.waitUntilCaughtUp();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
    this.readModel.close();
  }

  /** Once the read model includes `position` (a writer reading its write); ReadModelBehind, naming `what`, if not in time. */
  protected async reach(position: Position | undefined, what: string): Promise<void> {
    if (!position || (await this.runner.waitForPosition(position, READ_YOUR_WRITES_TIMEOUT_MS))) return;
    const text = positionToString(position);
    throw new ReadModelBehind(`${what} have not reached position ${text} yet; retry shortly`, 'ReadModelBehind', { position: text });
  }
}
