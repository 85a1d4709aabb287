import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountDecider } from '../../src/accounts/account.decider';
import { EventSourcedRepository } from '../../src/event-sourcing/event-sourced-repository';
import { AppModule } from '../../src/app.module';
import { loadAppConfig } from '../../src/config/app-config';
import { httpPlatform } from '../../src/app.setup';
import { DemoLoader } from '../../src/demo/demo-loader';
import { DEMO_FORUMS, DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { EventStore } from '../../src/event-store/event-store.port';
import { ProjectionEngine } from '../../src/projections/projection-engine';
import { forumFollowThrough } from '../../src/projections/read-models/tracker/forum-follow-through.query';
import { listRecommendations } from '../../src/projections/read-models/tracker/recommendation-list.query';
import { statusHistory } from '../../src/projections/read-models/tracker/status-history.query';

describe('the demo tracker', () => {
  let dataDir: string;
  let app: INestApplicationContext;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ft-demo-'));
    const config = loadAppConfig({ DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: 'NORMAL' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.with(config)] }).compile();
    app = moduleRef.createNestApplication(httpPlatform(config), { logger: ['error'] });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function head(): Promise<bigint> {
    const [last] = await app.get(EventStore).readAll({ direction: 'backwards', maxCount: 1 });
    return last.position.commit;
  }

  async function readModel() {
    const engine = app.get(ProjectionEngine);
    await engine.waitForPosition('tracker', { commit: await head(), prepare: await head() }, 10_000);
    return engine.reader('tracker');
  }

  it('loads the seed forums with their recommendations and histories, recorded by the people who acted', async () => {
    await app.get(DemoLoader).load();
    const db = await readModel();
    const forums = forumFollowThrough(db, {});
    expect(forums.map((f) => f.startDate)).toEqual(DEMO_FORUMS.map((f) => f.startDate).sort());
    expect(forums.find((f) => f.kind === 'conference')).toMatchObject({ recommendations: 5 });
    const all = listRecommendations(db, { page: 1, pageSize: 100 });
    expect(all.total).toBe(DEMO_RECOMMENDATIONS.length);
    const statuses = all.items.map((i) => i.status);
    for (const status of ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn']) {
      expect(statuses).toContain(status);
    }
    const referral = all.items.find((i) => i.text.startsWith('Set up referral')) as { id: string };
    const history = statusHistory(db, referral.id);
    expect(history.map((t) => t.to)).toEqual([
      'proposed',
      'assigned',
      'accepted',
      'in_progress',
      'in_progress',
      'in_progress',
      'implemented',
      'in_progress',
      'in_progress',
    ]);
    expect(history.find((t) => t.type === 'RecommendationImplementationDisputed')?.actor.role).toBe('donor');
    expect(history.find((t) => t.type === 'RecommendationAccepted')?.actor.role).toBe('stakeholder');
    expect(history[1].effectiveAt).toBe('2022-06-10T09:00:00.000Z');
    const acceptedBy = history.find((t) => t.type === 'RecommendationAccepted')?.actor;
    const account = await app.get(EventSourcedRepository).load(accountDecider, acceptedBy?.accountId as string);
    expect(account.state).toMatchObject({ status: 'active', role: 'stakeholder', organisationId: acceptedBy?.organisationId });
    expect(account.state.email).toMatch(/@demo\.follow-through\.org$/);
  });

  it('changes nothing when loaded again', async () => {
    const before = await head();
    await app.get(DemoLoader).load();
    expect(await head()).toBe(before);
  });
});
