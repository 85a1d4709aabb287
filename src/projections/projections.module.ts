import { CAPABILITY_QUERY_HANDLERS } from './capability-queries';
import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { EventStore } from '../event-store/event-store.port';
import { ProjectionEngine } from './projection-engine';
import { ProjectionManifest } from './projection-manifest';
import { ProjectionsController } from './projections.controller';
import { ProjectionsHealthIndicator } from './projections.health';
import { ProjectionsLifecycle } from './projections.lifecycle';
import { READ_MODELS } from './read-models';
import { ReadModelsController } from './read-models.controller';
import { TrackerReadModel } from './tracker-read-model';
import { READ_MODEL_LIST_HANDLERS } from './read-model-list-handlers';

@Global()
@Module({
  imports: [TerminusModule],
  controllers: [ReadModelsController, ProjectionsController],
  providers: [
    {
      provide: ProjectionEngine,
      inject: [EventStore, AppConfig],
      useFactory: (store: EventStore, config: AppConfig) =>
        new ProjectionEngine(store, new ProjectionManifest(join(config.DATA_DIR, 'read-models')), READ_MODELS),
    },
    ProjectionsLifecycle,
    ProjectionsHealthIndicator,
    TrackerReadModel,
    ...CAPABILITY_QUERY_HANDLERS,
    ...READ_MODEL_LIST_HANDLERS,
  ],
  exports: [ProjectionEngine, ProjectionsHealthIndicator, TrackerReadModel],
})
export class ProjectionsModule {}
