import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/event-store/embedded/sqlite-event-store';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { ProjectionManifest } from '../../src/projections/projection-manifest';
import { trackerProjection } from '../../src/projections/read-models/tracker/tracker.projection';

const indexesOf = (engine: ProjectionEngine) =>
  engine.reader('tracker').prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();

describe('secondary indexes of a read model', () => {
  it('exist once the projection has caught up, also after a rebuild from the start', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ft-indexes-'));
    const store = new SqliteEventStore({ file: join(directory, 'events.sqlite'), synchronous: 'NORMAL' });
    const data = { organisationId: 'o-1', name: 'Committee', kind: 'committee', country: 'TJ', region: null };
    await store.appendToStream('organisation-o-1', [{ id: 'e-1', type: 'OrganisationRegistered', data }], 'no_stream');
    const engine = new ProjectionEngine(store, new ProjectionManifest(join(directory, 'read-models')), [trackerProjection]);
    try {
      await engine.start();
      await engine.waitUntilCaughtUp();
      expect(indexesOf(engine)).toEqual(expect.arrayContaining(['history_by_recommendation', 'recommendations_by_status', 'forum_funders_by_donor']));
      await engine.rebuild(['tracker']);
      expect(indexesOf(engine)).toEqual(expect.arrayContaining(['history_by_recommendation', 'recommendations_by_status', 'forum_funders_by_donor']));
    } finally {
      await engine.stop();
      await store.close();
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
