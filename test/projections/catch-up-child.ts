// Child process of the kill-during-catch-up test: catches a projection up, slowly enough to be killed midway.
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { eventCounter } from './event-counter.projection';

const directory = process.argv[2];
const store = new SqliteEventStore({ file: join(directory, 'events.sqlite') });
const engine = new ProjectionEngine(store, new ProjectionManifest(join(directory, 'read-models')), [eventCounter]);
void engine.start();
