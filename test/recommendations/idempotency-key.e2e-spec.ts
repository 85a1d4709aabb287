import { randomUUID } from 'node:crypto';
import { TEST_PASSWORD } from '../support/test-app';
import { HttpClient } from './support/http-client';
import { propose, validBody } from './support/scenario';
import { Tracker, startTracker } from './support/tracker';
import { World, assignedRecommendation, setUpWorld } from './support/world';

/** An Idempotency-Key stands for one request of one caller, never for another request or another caller. */
describe('an Idempotency-Key bound to its caller and its request', () => {
  let tracker: Tracker;
  let world: World;
  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
  });
  afterAll(() => tracker.stop());

  const keyed = (key: string) => ({ 'idempotency-key': key });

  it('refuses a second, different account sent with the key of the first, and the second person cannot sign in as the first', async () => {
    const key = `account-${randomUUID()}`;
    const first = { email: `first-${key}@follow-through.test`, name: 'First Person', password: TEST_PASSWORD, role: 'viewer' };
    const second = { ...first, email: `second-${key}@follow-through.test`, name: 'Second Person', password: 'a different long passphrase' };
    const created = await world.coordinator.post('/accounts', first, keyed(key));
    expect(created.status).toBe(201);
    const retried = await world.coordinator.post('/accounts', first, keyed(key));
    expect([retried.status, retried.body.id, retried.headers.get('idempotent-replayed')]).toEqual([201, created.body.id, 'true']);

    const reused = await world.coordinator.post('/accounts', second, keyed(key));
    expect(reused.status).toBe(422);
    expect(reused.body.error).toBe('IdempotencyKeyReused');
    const login = (email: string, password: string) => tracker.anonymous.post('/auth/login', { email, password });
    expect((await login(second.email, second.password)).status).toBe(401);
    expect((await login(second.email, first.password)).status).toBe(401);
    // The second person can still be created, with a key of their own.
    expect((await world.coordinator.post('/accounts', second, keyed(`${key}-2`))).status).toBe(201);
  });

  it('refuses an edited proposal resent with the key, instead of silently dropping the edit', async () => {
    const key = `proposal-${randomUUID()}`;
    const path = `/forums/${world.forumId}/recommendations`;
    const body = { text: 'Open a shelter in Kulob', themes: ['shelters'], targetRegions: ['TJ-KT'], priority: 'high' };
    const first = await world.coordinator.post(path, body, keyed(key));
    expect(first.status).toBe(201);
    const edited = await world.coordinator.post(path, { ...body, text: 'Open a shelter in Kulob and in Danghara' }, keyed(key));
    expect([edited.status, edited.body.error]).toEqual([422, 'IdempotencyKeyReused']);
    const same = await world.coordinator.post(path, { priority: 'high', targetRegions: ['TJ-KT'], themes: ['shelters'], text: body.text }, keyed(key));
    expect([same.status, same.body.id]).toEqual([201, first.body.id]);
  });

  it('does not replay a key for another caller: a stakeholder of another organisation or a donor of another portfolio is refused as if the command were new', async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const key = `progress-${randomUUID()}`;
    const progress = validBody.progress('Curriculum drafted');
    const own = await world.committee.post(`/recommendations/${id}/progress`, progress, keyed(key));
    expect(own.status).toBe(200);
    const other: HttpClient = world.legalAid;
    const stolen = await other.post(`/recommendations/${id}/progress`, progress, keyed(key));
    expect(stolen.status).toBe(403);
    expect(stolen.body).not.toHaveProperty('revision');

    await world.committee.post(`/recommendations/${id}/implemented`, validBody.implemented());
    const verifyKey = `verify-${randomUUID()}`;
    expect((await world.donor.post(`/recommendations/${id}/verify`, validBody.verify(), keyed(verifyKey))).status).toBe(200);
    const replayedByOther = await world.otherDonor.post(`/recommendations/${id}/verify`, validBody.verify(), keyed(verifyKey));
    expect(replayedByOther.status).toBe(404); // a donor of another portfolio may not even learn it exists
    expect(replayedByOther.body).not.toHaveProperty('position');
  });

  it('still answers a true retry with the first result', async () => {
    const id = await propose(world.coordinator, world.forumId);
    const key = `assign-${randomUUID()}`;
    const first = await world.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(world.committeeId), keyed(key));
    const again = await world.coordinator.post(`/recommendations/${id}/assign`, validBody.assign(world.committeeId), keyed(key));
    expect([again.status, again.body.revision, again.headers.get('idempotent-replayed')]).toEqual([200, first.body.revision, 'true']);
  });
});
