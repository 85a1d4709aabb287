import { HttpClient } from '../recommendations/support/http-client';
import { forumBody, propose, registerOrganisation } from '../recommendations/support/scenario';
import { TestApp, startTestApp } from '../support/test-app';

/** Questions without disputes: comments on a recommendation, over HTTP on the real app. */
describe('comments and questions on a recommendation', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let recommendationId: string;
  let donor: HttpClient;
  let otherDonor: HttpClient;
  let stakeholder: HttpClient;

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    const donorId = await registerOrganisation(coordinator, 'donor', 'European Union — Spotlight Initiative');
    const otherDonorId = await registerOrganisation(coordinator, 'donor', 'OSCE Programme Office in Dushanbe');
    const committeeId = await registerOrganisation(coordinator, 'committee', 'Committee on Women and Family Affairs');
    const forumId = (await coordinator.post('/forums', forumBody([donorId]))).body.id as string;
    recommendationId = await propose(coordinator, forumId);
    donor = new HttpClient(app.baseUrl, (await app.signIn('donor', donorId)).token);
    otherDonor = new HttpClient(app.baseUrl, (await app.signIn('donor', otherDonorId)).token);
    stakeholder = new HttpClient(app.baseUrl, (await app.signIn('stakeholder', committeeId)).token);
  });
  afterAll(async () => app?.stop());

  it('records a question and a comment, oldest first, with who wrote them, and changes nothing else', async () => {
    const before = (await coordinator.get(`/recommendations/${recommendationId}`)).body;
    const asked = await donor.post(`/recommendations/${recommendationId}/comments`, { kind: 'question', text: 'Which districts are covered so far?' });
    expect(asked.status).toBe(201);
    expect((await stakeholder.post(`/recommendations/${recommendationId}/comments`, { kind: 'comment', text: 'Khatlon first, then Sughd.' })).status).toBe(201);
    const listed = await coordinator.get(`/recommendations/${recommendationId}/comments`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((c: { kind: string; text: string; actor: { role: string } }) => [c.kind, c.text, c.actor.role])).toEqual([
      ['question', 'Which districts are covered so far?', 'donor'],
      ['comment', 'Khatlon first, then Sughd.', 'stakeholder'],
    ]);
    const after = (await coordinator.get(`/recommendations/${recommendationId}`)).body;
    expect(after.status).toBe(before.status);
    expect(after.revision ?? null).toEqual(before.revision ?? null);
  });

  it('adds a comment once when retried with the same Idempotency-Key', async () => {
    const key = { 'idempotency-key': 'comment-retry-0001' };
    const first = await stakeholder.post(`/recommendations/${recommendationId}/comments`, { kind: 'comment', text: 'Sent twice by a flaky line.' }, key);
    const again = await stakeholder.post(`/recommendations/${recommendationId}/comments`, { kind: 'comment', text: 'Sent twice by a flaky line.' }, key);
    expect(again.body.id).toBe(first.body.id);
    const texts = (await coordinator.get(`/recommendations/${recommendationId}/comments`)).body.map((c: { text: string }) => c.text);
    expect(texts.filter((t: string) => t === 'Sent twice by a flaky line.')).toHaveLength(1);
  });

  it('refuses bad input naming the field, a donor outside the portfolio, and an unknown recommendation', async () => {
    const bad = await donor.post(`/recommendations/${recommendationId}/comments`, { kind: 'dispute', text: '' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('kind must be one of comment, question');
    expect(JSON.stringify(bad.body)).toContain('text must be 2 to 2000 characters');
    expect((await otherDonor.post(`/recommendations/${recommendationId}/comments`, { kind: 'question', text: 'Is this ours?' })).status).toBe(403);
    expect((await otherDonor.get(`/recommendations/${recommendationId}/comments`)).status).toBe(403);
    expect((await coordinator.get('/recommendations/00000000-0000-4000-8000-000000000000/comments')).status).toBe(404);
  });
});
