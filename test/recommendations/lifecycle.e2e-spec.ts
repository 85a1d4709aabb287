import { HttpClient } from './support/http-client';
import { evidence, historyOf, propose, proposal, registerOrganisation, typesOf, validBody } from './support/scenario';
import { Tracker, startTracker } from './support/tracker';
import { World, assignedRecommendation, setUpWorld } from './support/world';

describe('a recommendation over HTTP (real app, embedded store)', () => {
  let tracker: Tracker;
  let world: World;
  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
  });
  afterAll(() => tracker.stop());

  const step = (client: HttpClient, id: string, action: keyof typeof validBody, body: object, headers = {}) =>
    client.post(`/recommendations/${id}/${action}`, body, headers);

  it('follows the whole lifecycle: proposed, assigned, accepted, in progress, implemented, verified', async () => {
    const { coordinator, committee, donor } = world;
    const id = await propose(coordinator, world.forumId);
    expect((await step(coordinator, id, 'assign', validBody.assign(world.committeeId))).status).toBe(200);
    expect((await step(committee, id, 'accept', {})).status).toBe(200);
    expect((await step(committee, id, 'progress', validBody.progress())).status).toBe(200);
    expect((await step(committee, id, 'progress', { note: 'Pilot in 10 schools', percentComplete: 80 })).status).toBe(200);
    expect((await step(committee, id, 'implemented', validBody.implemented())).status).toBe(200);
    const verified = await step(donor, id, 'verify', validBody.verify());
    expect(verified).toMatchObject({ status: 200, body: { id, revision: '7' } });
    expect(verified.headers.get('etag')).toBe('"7"');
    expect(verified.headers.get('x-event-position')).toMatch(/^\d+\/\d+$/);

    const read = await coordinator.get(`/recommendations/${id}`);
    expect(read.headers.get('etag')).toBe('"7"');
    expect(read.body).toMatchObject({
      status: 'verified',
      forumId: world.forumId,
      responsibleOrganisationId: world.committeeId,
      dueDate: '2025-06-30',
      percentComplete: 100, // once implemented (docs/figures.md), whatever was last reported
      progressReports: 2,
      implementation: { summary: '120 school psychologists trained' },
    });
    expect(typesOf(read.body.history)).toEqual([
      'RecommendationProposed',
      'RecommendationAssigned',
      'RecommendationAccepted',
      'RecommendationWorkStarted',
      'RecommendationProgressReported',
      'RecommendationProgressReported',
      'RecommendationImplemented',
      'RecommendationImplementationVerified',
    ]);
    const actors = read.body.history.map((entry: { metadata: { actor: { role: string; organisationId: string } } }) => [
      entry.metadata.actor.role,
      entry.metadata.actor.organisationId,
    ]);
    expect(actors).toEqual([
      ['coordinator', null],
      ['coordinator', null],
      ['stakeholder', world.committeeId],
      ['stakeholder', world.committeeId],
      ['stakeholder', world.committeeId],
      ['stakeholder', world.committeeId],
      ['stakeholder', world.committeeId],
      ['donor', world.donorId],
    ]);
    expect(read.body.history[4].data.evidence).toEqual([
      { ...evidence[0], reference: null, public: false },
      { ...evidence[1], url: null, public: false },
    ]);
  });

  it('goes round the loops: declined, reassigned, disputed and reopened, then withdrawn', async () => {
    const { coordinator, committee, legalAid, donor } = world;
    const id = await assignedRecommendation(world);
    expect((await step(committee, id, 'decline', validBody.decline())).status).toBe(200);
    expect((await coordinator.get(`/recommendations/${id}`)).body).toMatchObject({ status: 'proposed', responsibleOrganisationId: null });
    expect((await step(coordinator, id, 'assign', validBody.assign(world.committeeId))).status).toBe(200);
    expect((await step(coordinator, id, 'reassign', { ...validBody.reassign(world.legalAidId), dueDate: '2025-09-30' })).status).toBe(200);
    expect((await step(legalAid, id, 'accept', {})).status).toBe(200);
    expect((await step(legalAid, id, 'start', {})).status).toBe(200);
    expect((await step(coordinator, id, 'due-date', validBody['due-date']())).status).toBe(200);
    expect((await step(legalAid, id, 'implemented', validBody.implemented())).status).toBe(200);
    expect((await step(donor, id, 'dispute', validBody.dispute())).status).toBe(200);
    expect((await coordinator.get(`/recommendations/${id}`)).body).toMatchObject({ status: 'in_progress', implementation: null });
    expect((await step(coordinator, id, 'withdraw', validBody.withdraw())).status).toBe(200);
    const history = await historyOf(coordinator, `/recommendations/${id}`);
    expect(typesOf(history).slice(1)).toEqual([
      'RecommendationAssigned',
      'RecommendationDeclined',
      'RecommendationAssigned',
      'RecommendationReassigned',
      'RecommendationAccepted',
      'RecommendationWorkStarted',
      'RecommendationDueDateChanged',
      'RecommendationImplemented',
      'RecommendationImplementationDisputed',
      'RecommendationWithdrawn',
    ]);
    expect(history[4].data).toMatchObject({ previousOrganisationId: world.committeeId, responsibleOrganisationId: world.legalAidId, dueDate: '2025-09-30' });
    expect(history[7].data).toMatchObject({ previousDueDate: '2025-09-30', dueDate: '2025-12-31' });
    expect(history[10].data).toMatchObject({ previousStatus: 'in_progress' });
  });

  it('refuses a transition the state machine does not allow with 409, naming the status and what must happen first', async () => {
    const id = await assignedRecommendation(world);
    const refused = await step(world.committee, id, 'implemented', validBody.implemented());
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      statusCode: 409,
      error: 'TransitionRefused',
      code: 'TransitionRefused',
      status: 'assigned',
      message: 'cannot mark implemented: the recommendation is assigned; the responsible organisation must accept it first',
    });
    expect(typesOf(await historyOf(world.coordinator, `/recommendations/${id}`))).toHaveLength(2);
  });

  it('answers 412 to a stale If-Match and appends nothing; the current ETag succeeds', async () => {
    const id = await assignedRecommendation(world);
    const { headers } = await world.coordinator.get(`/recommendations/${id}`);
    const etag = headers.get('etag') as string;
    expect(etag).toBe('"1"');
    expect((await step(world.committee, id, 'accept', {}, { 'if-match': etag })).status).toBe(200);
    const stale = await step(world.coordinator, id, 'due-date', validBody['due-date'](), { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: 'ConcurrentChange', currentRevision: '2' });
    expect((await world.coordinator.get(`/recommendations/${id}`)).body).toMatchObject({ revision: '2', dueDate: '2025-06-30' });
    expect((await step(world.coordinator, id, 'due-date', validBody['due-date'](), { 'if-match': '"2"' })).status).toBe(200);
  });

  it('answers an Idempotency-Key retry with the first result and appends the events once', async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const key = { 'idempotency-key': `progress-${id}` };
    const first = await step(world.committee, id, 'progress', validBody.progress(), key);
    const retry = await step(world.committee, id, 'progress', validBody.progress(), key);
    expect(first).toMatchObject({ status: 200, body: { id, revision: '4' } });
    expect(retry).toMatchObject({ status: 200, body: first.body });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('etag')).toBe(first.headers.get('etag'));
    const history = await historyOf(world.coordinator, `/recommendations/${id}`);
    expect(typesOf(history).filter((type) => type === 'RecommendationProgressReported')).toHaveLength(1);
    // The key is the caller's: the command id is the account's id and the key.
    expect(history.slice(-2).map((entry) => (entry.metadata.commandId as string).split('/')[1])).toEqual([key['idempotency-key'], key['idempotency-key']]);
  });

  it('answers a retried proposal with the same recommendation, not a second one', async () => {
    const key = { 'idempotency-key': `propose-${world.forumId}` };
    const path = `/forums/${world.forumId}/recommendations`;
    const first = await world.coordinator.post(path, { text: 'Open a shelter in Kulob district', themes: ['services'], priority: 'medium' }, key);
    const retry = await world.coordinator.post(path, { text: 'Open a shelter in Kulob district', themes: ['services'], priority: 'medium' }, key);
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect(await historyOf(world.coordinator, `/recommendations/${first.body.id}`)).toHaveLength(1);
  });

  it('forbids a stakeholder of another organisation with 403 naming the responsible organisation', async () => {
    const id = await assignedRecommendation(world);
    const denied = await step(world.legalAid, id, 'accept', {});
    expect(denied.status).toBe(403);
    expect(denied.body.message).toBe(
      `only the organisation ${world.committeeId} or a coordinator may accept (the recommendation is assigned to "Committee on Women and Family Affairs")`,
    );
    expect(await historyOf(world.coordinator, `/recommendations/${id}`)).toHaveLength(2);
  });

  it("forbids a donor that does not fund the forum, a stakeholder's coordinator-only commands, and viewers", async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    await step(world.committee, id, 'implemented', validBody.implemented());
    const otherDonor = await step(world.otherDonor, id, 'verify', {});
    // A donor that does not fund the forum is not told the recommendation exists (nor the forum's funders).
    expect(otherDonor.status).toBe(404);
    expect(JSON.stringify(otherDonor.body)).not.toContain(world.donorId);
    expect((await step(world.committee, id, 'verify', {})).status).toBe(403);
    expect((await step(world.viewer, id, 'withdraw', validBody.withdraw())).status).toBe(403);
    expect((await step(world.donor, id, 'withdraw', validBody.withdraw())).status).toBe(403);
    expect((await step(world.donor, id, 'verify', {})).status).toBe(200);
  });

  it('records a back-dated effectiveAt in the metadata, and refuses one before the forum or in the future', async () => {
    const id = await propose(world.coordinator, world.forumId, {
      text: 'Set up a hotline for survivors in Khatlon',
      themes: ['services'],
      priority: 'high',
      effectiveAt: '2024-05-11T16:30:00+05:00',
    });
    await step(world.coordinator, id, 'assign', { ...validBody.assign(world.committeeId), effectiveAt: '2024-06-01T09:00:00Z' });
    const history = await historyOf(world.coordinator, `/recommendations/${id}`);
    expect(history.map((entry) => entry.metadata.effectiveAt)).toEqual(['2024-05-11T11:30:00.000Z', '2024-06-01T09:00:00.000Z']);
    expect(Date.parse(history[1].metadata.recordedAt)).toBeGreaterThan(Date.parse('2025-01-01'));

    const beforeForum = await step(world.committee, id, 'accept', { effectiveAt: '2024-05-01T09:00:00Z' });
    expect(beforeForum).toMatchObject({ status: 422, body: { error: 'RuleViolated', field: 'effectiveAt' } });
    expect(beforeForum.body.message).toContain('is before the forum');
    const future = await step(world.committee, id, 'accept', { effectiveAt: '2999-01-01T00:00:00Z' });
    expect(future.status).toBe(400);
    expect(future.body.message).toEqual(['effectiveAt must not be in the future']);
  });

  it('refuses content that breaks a rule with 422 naming the field', async () => {
    const id = await propose(world.coordinator, world.forumId);
    const early = await step(world.coordinator, id, 'assign', { ...validBody.assign(world.committeeId), dueDate: '2024-01-31' });
    expect(early).toMatchObject({ status: 422, body: { field: 'dueDate' } });
    const unknown = await step(world.coordinator, id, 'assign', validBody.assign('00000000-0000-4000-8000-000000000000'));
    expect(unknown).toMatchObject({ status: 422, body: { field: 'responsibleOrganisationId' } });
    expect(unknown.body.message).toContain('is not registered');
    const closedId = await registerOrganisation(world.coordinator, 'ngo', 'Closed NGO');
    await world.coordinator.post(`/organisations/${closedId}/deactivate`, { reason: 'Merged into the Ministry of Justice' });
    const deactivated = await step(world.coordinator, id, 'assign', validBody.assign(closedId));
    expect(deactivated).toMatchObject({ status: 422, body: { field: 'responsibleOrganisationId' } });
    expect(deactivated.body.message).toContain('is deactivated');
    await step(world.coordinator, id, 'assign', validBody.assign(world.committeeId));
    const same = await step(world.coordinator, id, 'reassign', validBody.reassign(world.committeeId));
    expect(same).toMatchObject({ status: 422, body: { field: 'responsibleOrganisationId' } });
  });

  it('rejects malformed input with 400 naming the field, and unknown recommendations with 404', async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const bad = await step(world.committee, id, 'progress', { note: 'x', percentComplete: 120, evidence: [{ kind: 'link', title: 'News' }], extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'property extra should not exist',
        'note must be longer than or equal to 3 characters',
        'percentComplete must not be greater than 100',
        'evidence.0.url must be an http or https URL (a link needs one)',
      ]),
    );
    expect((await world.committee.post(`/recommendations/${id}/progress`, '{"note": ')).status).toBe(400);
    expect((await step(world.coordinator, id, 'due-date', { dueDate: '2025-02-30', reason: 'later' })).body.message).toEqual([
      'dueDate must be a real calendar date',
    ]);
    expect((await world.coordinator.get('/recommendations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await world.coordinator.get('/recommendations/not-a-uuid')).status).toBe(400);
    const unknownForum = '/forums/00000000-0000-4000-8000-000000000000/recommendations';
    expect((await world.coordinator.post(unknownForum, proposal)).status).toBe(404);
  });
});
