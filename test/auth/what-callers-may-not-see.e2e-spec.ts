import { randomUUID } from 'node:crypto';
import { HttpClient } from '../recommendations/support/http-client';
import { forumBody, propose, recordForum, registerOrganisation, validBody } from '../recommendations/support/scenario';
import { TestApp, startTestApp } from '../support/test-app';

describe('a donor learns nothing about what its organisation does not fund', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let otherDonor: HttpClient;
  let forumId: string;
  let recommendationId: string;

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    const funder = await registerOrganisation(coordinator, 'donor', 'The funder');
    const other = await registerOrganisation(coordinator, 'donor', 'Another donor');
    forumId = await recordForum(coordinator, [funder]);
    recommendationId = await propose(coordinator, forumId);
    otherDonor = new HttpClient(app.baseUrl, (await app.signIn('donor', other)).token);
  });
  afterAll(async () => app?.stop());

  /** The answer without the id, which the caller sent itself. */
  const shape = (body: Record<string, unknown>, id: string) => JSON.stringify(body).replaceAll(id, '<id>');

  it('answers 404 for a forum and a recommendation it may not see, exactly as for ones that do not exist', async () => {
    const missing = randomUUID();
    for (const [kind, id] of [
      ['forums', forumId],
      ['recommendations', recommendationId],
    ]) {
      const hidden = await otherDonor.get(`/${kind}/${id}`);
      const absent = await otherDonor.get(`/${kind}/${missing}`);
      expect([hidden.status, absent.status]).toEqual([404, 404]);
      expect(shape(hidden.body, id)).toBe(shape(absent.body, missing));
      expect(JSON.stringify(hidden.body)).not.toContain(forumBody([]).title);
    }
  });

  it('answers 404, not 412 with the revision, to a verification with If-Match', async () => {
    const reply = await otherDonor.post(`/recommendations/${recommendationId}/verify`, validBody.verify(), { 'if-match': '"99"' });
    expect(reply.status).toBe(404);
    expect(reply.body.currentRevision).toBeUndefined();
    const absent = randomUUID();
    const missing = await otherDonor.post(`/recommendations/${absent}/verify`, validBody.verify(), { 'if-match': '"99"' });
    expect(shape(reply.body, recommendationId)).toBe(shape(missing.body, absent));
  });
});
