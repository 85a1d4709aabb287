import { startTracker, Tracker } from '../recommendations/support/tracker';
import { proposal, validBody } from '../recommendations/support/scenario';
import { World, assignedRecommendation, expectOk, setUpWorld } from '../recommendations/support/world';

describe('read models over HTTP', () => {
  let tracker: Tracker;
  let world: World;

  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
  });
  afterAll(async () => tracker?.stop());

  it('shows a change to the user who made it when asked for its position', async () => {
    const id = await assignedRecommendation(world);
    const accepted = await world.committee.post(`/recommendations/${id}/accept`);
    expect(accepted.status).toBe(200);
    const position = accepted.headers.get('x-event-position') as string;
    const list = await world.coordinator.get(`/recommendations?minPosition=${position}&organisationId=${world.committeeId}&status=accepted`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(id);
    const history = await world.coordinator.get(`/recommendations/${id}/status-history?minPosition=${position}`);
    expect(history.body.map((t: { to: string }) => t.to)).toEqual(['proposed', 'assigned', 'accepted']);
    expect(history.body[2].actor).toMatchObject({ role: 'stakeholder', organisationId: world.committeeId });
  });

  it('answers as of a date from the history entered late, not from today', async () => {
    const at = (date: string) => ({ effectiveAt: `${date}T10:00:00.000Z` });
    const proposed = await world.coordinator.post(`/forums/${world.forumId}/recommendations`, {
      ...proposal,
      text: 'Back-dated recommendation',
      ...at('2024-05-12'),
    });
    const id = proposed.body.id as string;
    await expectOk(world.coordinator.post(`/recommendations/${id}/assign`, { ...validBody.assign(world.committeeId), ...at('2024-06-01') }));
    const accepted = await world.committee.post(`/recommendations/${id}/accept`, at('2024-07-01'));
    const position = accepted.headers.get('x-event-position') as string;
    const statusAsOf = async (asOf: string) => {
      const reply = await world.coordinator.get(`/recommendations?minPosition=${position}&q=back-dated&asOf=${asOf}`);
      return reply.body.items.map((i: { status: string }) => i.status);
    };
    expect(await statusAsOf('2024-04-01')).toEqual([]);
    expect(await statusAsOf('2024-05-20')).toEqual([]); // happened then, but nobody had recorded it yet
    expect(await statusAsOf(new Date().toISOString())).toEqual(['accepted']);
    const history = await world.coordinator.get(`/recommendations/${id}/status-history`);
    expect(history.body.map((t: { effectiveAt: string }) => t.effectiveAt.slice(0, 10))).toEqual(['2024-05-12', '2024-06-01', '2024-07-01']);
  });

  it('keeps a donor to its own portfolio', async () => {
    await assignedRecommendation(world);
    const own = await world.donor.get('/follow-through/forums');
    expect(own.status).toBe(200);
    expect(own.body.map((f: { forumId: string }) => f.forumId)).toEqual([world.forumId]);
    const portfolio = await world.donor.get(`/portfolios/${world.donorId}`);
    expect(portfolio.status).toBe(200);
    expect(portfolio.body.recommendations).toBeGreaterThan(0);
    const other = await world.otherDonor.get(`/recommendations?donorId=${world.donorId}`);
    expect(other.status).toBe(403);
    expect(other.body.message).toMatch(/own portfolio/);
    expect((await world.otherDonor.get('/recommendations')).body.total).toBe(0);
  });

  it('refuses malformed queries with a message naming the parameter', async () => {
    const cases: [string, RegExp][] = [
      ['/recommendations?status=done', /status must be one of the following values/],
      ['/recommendations?pageSize=1000', /pageSize must not be greater than 200/],
      ['/recommendations?asOf=yesterday', /asOf must be an ISO 8601 date/],
      ['/recommendations?overdue=maybe', /overdue must be true or false/],
      ['/recommendations?minPosition=abc', /minPosition must be a position/],
      ['/recommendations?colour=red', /property colour should not exist/],
      ['/overdue?organisationId=42', /organisationId must be an organisation id/],
    ];
    for (const [path, message] of cases) {
      const reply = await world.coordinator.get(path);
      expect(reply.status).toBe(400);
      expect(JSON.stringify(reply.body.message)).toMatch(message);
    }
  });

  it('rebuilds the read models through the API and answers the same afterwards', async () => {
    // Read the baseline once the read model holds every earlier write: the last one's position comes from a new write.
    const marker = await world.coordinator.post('/organisations', { name: `Marker ${Date.now()}`, kind: 'ngo', country: 'TJ' });
    const before = (await world.coordinator.get(`/scorecards/organisations?minPosition=${marker.headers.get('x-event-position')}`)).body;
    const started = await world.coordinator.post('/projections/rebuild', { projections: ['tracker'] });
    expect(started.status).toBe(202);
    let status = (await world.coordinator.get('/projections')).body;
    for (let i = 0; i < 100 && status.rebuilding.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await world.coordinator.get('/projections')).body;
    }
    expect(status.projections[0]).toMatchObject({ name: 'tracker', generation: 2, caughtUp: true });
    expect((await world.coordinator.get('/scorecards/organisations')).body).toEqual(before);
    const health = await tracker.anonymous.get('/health');
    expect(health.body.details.projections.projections[0]).toMatchObject({ name: 'tracker', lastError: null });
  });
});
