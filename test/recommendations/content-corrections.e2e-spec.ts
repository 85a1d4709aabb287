import { HttpClient, Reply } from './support/http-client';
import { historyOf, proposal, propose, recordForum, registerOrganisation } from './support/scenario';
import { Tracker, startTracker } from './support/tracker';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('correcting a recommendation’s text, themes, priority and targets (over HTTP)', () => {
  let tracker: Tracker;
  let coordinator: HttpClient;
  let forumId: string;
  let id: string;
  let beforeCorrection: string;
  let afterCorrection: string;
  let position: string;
  const corrected = 'Introduce a course on recognising and referring cases of violence for school psychologists and teachers';

  const correct = (body: object, client = coordinator, recommendationId = id) => client.post(`/recommendations/${recommendationId}/corrections/content`, body);
  const followThrough = async (asOf: string) => {
    const reply = await coordinator.get(`/reports/forums/${forumId}/follow-through?asOf=${asOf}&position=${position}`);
    expect(reply.status).toBe(200);
    return reply.body.forum.recommendations.find((r: { id: string }) => r.id === id);
  };

  beforeAll(async () => {
    tracker = await startTracker();
    coordinator = tracker.coordinator;
    const donorId = await registerOrganisation(coordinator, 'donor', 'INL');
    forumId = await recordForum(coordinator, [donorId]);
    id = await propose(coordinator, forumId, { ...proposal, madeBy: 'Panel on prevention', effectiveAt: '2024-05-10T10:00:00+05:00' });
    await pause(20);
    beforeCorrection = new Date().toISOString();
    await pause(20);
    const reply: Reply = await correct({ text: corrected, themes: ['education'], targetCountry: 'AF', priority: 'high', reason: 'Copied from the draft' });
    expect(reply).toMatchObject({ status: 200, body: { revision: '1' } });
    position = reply.headers.get('x-event-position') as string;
    await pause(20);
    afterCorrection = new Date().toISOString();
  });
  afterAll(() => tracker.stop());

  it('records only the fields that changed, with what they were, and the reason', async () => {
    const history = await historyOf(coordinator, `/recommendations/${id}`);
    expect(history[1]).toMatchObject({
      type: 'RecommendationCorrected',
      data: {
        recommendationId: id,
        changed: { text: corrected, themes: ['education'], targetCountry: 'AF' },
        previous: { text: proposal.text, themes: proposal.themes, targetCountry: null },
        reason: 'Copied from the draft',
      },
      metadata: { commandType: 'CorrectRecommendation', actor: { role: 'coordinator' } },
    });
    expect(Object.keys(history[1].data.changed as object).sort()).toEqual(['targetCountry', 'text', 'themes']);
    const read = await coordinator.get(`/recommendations/${id}`);
    expect(read.body).toMatchObject({ text: corrected, themes: ['education'], priority: 'high', targetCountry: 'AF', madeBy: 'Panel on prevention' });
  });

  it('shows in the timeline of the status history, and not as of before it was recorded', async () => {
    const now = await coordinator.get(`/recommendations/${id}/status-history?minPosition=${position}`);
    expect(now.body.map((t: { type: string }) => t.type)).toEqual(['RecommendationProposed', 'RecommendationCorrected']);
    expect(now.body[1]).toMatchObject({ from: 'proposed', to: 'proposed', note: 'Copied from the draft', corrected: { changed: { targetCountry: 'AF' } } });
    const then = await coordinator.get(`/recommendations/${id}/status-history?asOf=${beforeCorrection}&minPosition=${position}`);
    expect(then.body.map((t: { type: string }) => t.type)).toEqual(['RecommendationProposed']);
  });

  it('updates the list: the text, the themes (and the theme filter) and the target country', async () => {
    const list = await coordinator.get(`/recommendations?forumId=${forumId}&minPosition=${position}`);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, text: corrected, themes: ['education'], targetCountry: 'AF', madeBy: 'Panel on prevention' }),
    ]);
    const byOldTheme = await coordinator.get(`/recommendations?forumId=${forumId}&theme=prevention&minPosition=${position}`);
    expect(byOldTheme.body.total).toBe(0);
    const byQuery = await coordinator.get(`/recommendations?forumId=${forumId}&q=and%20teachers&minPosition=${position}`);
    expect(byQuery.body.total).toBe(1);
  });

  it('a report as of after the correction shows the corrected text; as of before it, the text entered then', async () => {
    expect(await followThrough(afterCorrection)).toMatchObject({ text: corrected, themes: ['education'] });
    expect(await followThrough(beforeCorrection)).toMatchObject({ text: proposal.text, themes: [...proposal.themes].sort() });
    const trail = (asOf: string) => coordinator.get(`/reports/recommendations/${id}/audit-trail?asOf=${asOf}&position=${position}`);
    const later = (await trail(afterCorrection)).body;
    expect(later.recommendation.text).toBe(corrected);
    expect(later.entries.map((e: { type: string }) => e.type)).toEqual(['RecommendationProposed', 'RecommendationCorrected']);
    const earlier = (await trail(beforeCorrection)).body;
    expect(earlier.recommendation.text).toBe(proposal.text);
    expect(earlier.entries.map((e: { type: string }) => e.type)).toEqual(['RecommendationProposed']);
  });

  it('refuses a correction that changes nothing, one by a non-coordinator, and bad fields', async () => {
    expect(await correct({ text: corrected, targetCountry: 'AF', reason: 'Again' })).toMatchObject({
      status: 422,
      body: { code: 'RuleViolated', reason: 'CorrectionChangesNothing' },
    });
    const stakeholder = await tracker.as('stakeholder', await registerOrganisation(coordinator, 'ngo', 'USANT'));
    expect(await correct({ priority: 'low', reason: 'Lower' }, stakeholder)).toMatchObject({ status: 403 });
    const bad = await correct({ targetCountry: 'Afghanistan', reason: 'x' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'ValidationFailed' } });
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['reason', 'targetCountry']);
  });

  it('back-dated events still follow the last event that took effect, not the correction', async () => {
    const other = await propose(coordinator, forumId, { ...proposal, effectiveAt: '2024-05-10T10:00:00+05:00' });
    expect(await correct({ madeBy: 'Minister of Education', reason: 'Missing' }, coordinator, other)).toMatchObject({ status: 200 });
    const committee = await registerOrganisation(coordinator, 'committee', 'Committee on Women');
    const assign = await coordinator.post(`/recommendations/${other}/assign`, {
      responsibleOrganisationId: committee,
      dueDate: '2025-06-30',
      effectiveAt: '2024-06-01T09:00:00Z',
    });
    expect(assign.status).toBe(200);
  });
});
