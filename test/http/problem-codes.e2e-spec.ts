import { propose, validBody } from '../recommendations/support/scenario';
import { Tracker, startTracker } from '../recommendations/support/tracker';
import { World, assignedRecommendation, setUpWorld } from '../recommendations/support/world';

/**
 * Refusals name their code, their reason and its parameters, and the fields at fault with the rule each broke
 * (docs/api.md, "Errors"): what the web interface translates. The values are the DTOs' and the forum's own.
 */
describe('the codes, reasons and parameters of refusals', () => {
  let tracker: Tracker;
  let world: World;
  beforeAll(async () => {
    tracker = await startTracker();
    world = await setUpWorld(tracker);
  });
  afterAll(() => tracker.stop());

  it('a validation rule with its parameters, beside its field', async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const refused = await world.committee.post(`/recommendations/${id}/progress`, { ...validBody.progress(), percentComplete: 140 });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'ValidationFailed', errors: [{ field: 'percentComplete', rule: 'max', params: { max: 100 } }] });
    const tooLong = await world.committee.post(`/recommendations/${id}/decline`, { reason: 'x'.repeat(5000) });
    expect(tooLong.body.errors).toEqual([
      expect.objectContaining({ field: 'reason', rule: 'isLength', params: expect.objectContaining({ max: expect.any(Number) }) }),
    ]);
  });

  it("a domain rule about a field: the kind stays RuleViolated, the reason and the forum's facts come with it", async () => {
    const id = await propose(world.coordinator, world.forumId);
    const refused = await world.coordinator.post(`/recommendations/${id}/assign`, { responsibleOrganisationId: world.committeeId, dueDate: '2024-05-01' });
    expect(refused.status).toBe(422);
    const params = { dueDate: '2024-05-01', forumTitle: 'Regional conference on preventing gender-based violence in Khatlon', forumStartDate: '2024-05-10' };
    expect(refused.body).toMatchObject({ code: 'RuleViolated', field: 'dueDate', reason: 'BeforeForum', params });
    expect(refused.body.errors).toEqual([{ field: 'dueDate', rule: 'BeforeForum', message: refused.body.message, params }]);
  });

  it('a transition the state machine refuses, and an organisation that is not the responsible one', async () => {
    const id = await assignedRecommendation(world);
    const early = await world.committee.post(`/recommendations/${id}/implemented`, validBody.implemented());
    expect(early.body).toMatchObject({
      code: 'TransitionRefused',
      status: 'assigned',
      reason: 'NotAllowedInStatus',
      params: { command: 'MarkRecommendationImplemented', status: 'assigned', next: 'acceptFirst' },
    });
    const other = await world.legalAid.post(`/recommendations/${id}/accept`);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ code: 'Forbidden', reason: 'OwnOrganisationOnly', params: { organisationId: world.committeeId } });
    const viewer = await world.viewer.post(`/recommendations/${id}/accept`);
    expect(viewer.body).toMatchObject({ code: 'Forbidden', reason: 'RoleNeeded', params: { roles: ['coordinator', 'stakeholder'], role: 'viewer' } });
  });

  it("a command's malformed headers, each with its reason", async () => {
    const id = await assignedRecommendation(world, { accepted: true });
    const path = `/recommendations/${id}/progress`;
    const badMatch = await world.committee.post(path, validBody.progress(), { 'if-match': 'yesterday' });
    expect(badMatch).toMatchObject({ status: 400, body: { code: 'BadRequest', reason: 'IfMatchNotAnETag' } });
    const badKey = await world.committee.post(path, validBody.progress(), { 'idempotency-key': 'short' });
    expect(badKey).toMatchObject({ status: 400, body: { code: 'BadRequest', reason: 'IdempotencyKeyMalformed' } });
    const badCorrelation = await world.committee.post(path, validBody.progress(), { 'x-correlation-id': 'has spaces in it' });
    expect(badCorrelation).toMatchObject({ status: 400, body: { code: 'BadRequest', reason: 'CorrelationIdMalformed' } });
    const history = (await world.coordinator.get(`/recommendations/${id}`)).body.history;
    expect(history.map((e: { type: string }) => e.type)).not.toContain('RecommendationProgressReported');
  });

  it('signing in and choosing a password', async () => {
    const wrong = await tracker.anonymous.post('/auth/login', { email: 'nobody@example.tj', password: 'not the password at all' });
    expect(wrong.body).toMatchObject({ status: 401, code: 'Unauthorized', reason: 'WrongCredentials' });
    const me = (await world.viewer.get('/auth/me')).body.accountId;
    const common = await world.viewer.post(`/accounts/${me}/password`, { currentPassword: 'x', newPassword: 'qwerty123456' });
    expect(common.body.errors).toEqual([expect.objectContaining({ field: 'newPassword', rule: 'isAcceptablePassword' })]);
    // Which of its rules the password broke depends on the value: it is the refusal's own params, naming the field.
    expect(common.body.params).toEqual({ field: 'newPassword', problem: 'common', min: 12, max: 200 });
  });

  it('a recommendation that does not exist, with what was looked for', async () => {
    const missing = await world.coordinator.get('/recommendations/00000000-0000-4000-8000-000000000000');
    expect(missing.body).toMatchObject({ status: 404, code: 'NotFound', params: { kind: 'recommendation', id: '00000000-0000-4000-8000-000000000000' } });
  });
});
