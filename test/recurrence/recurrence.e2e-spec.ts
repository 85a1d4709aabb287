import { DEMO_FORUMS, DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { TestApp, startTestApp } from '../support/test-app';

type Answer = { status: number; body: any; position: string | null }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(app: TestApp, token: string, method: string, path: string, body?: object): Promise<Answer> {
  const response = await fetch(`${app.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json(), position: response.headers.get('x-event-position') };
}

async function eventually<T>(probe: () => Promise<T | undefined | false>): Promise<T> {
  const until = Date.now() + 10_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('the read model did not show the change in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const textOf = (forumKey: string, start: string) => DEMO_RECOMMENDATIONS.find((r) => r.forumKey === forumKey && r.text.startsWith(start))!.text;

describe('recurring recommendations', () => {
  let app: TestApp;
  let get: (path: string) => Promise<Answer>;
  let post: (path: string, body?: object) => Promise<Answer>;
  let byText: Map<string, { id: string; status: string; forumId: string; forumTitle: string; proposedAt: string }>;
  let forums: { forumId: string; title: string; startDate: string; funders: string[] }[];
  const legalAid = textOf('spotlight-study-tour', 'Adopt an action plan');
  const support = textOf('usant-khatlon', 'Establish psychological');
  const centres = textOf('osce-national-forum', "Strengthen Women's Resource");
  const schools = textOf('usant-khatlon', 'Introduce school');
  const youth = textOf('osce-national-forum', 'Engage youth');
  const id = (text: string) => byText.get(text)!.id;

  beforeAll(async () => {
    app = await startTestApp();
    await app.app.get(DemoLoader).load();
    get = (path) => call(app, app.coordinatorToken, 'GET', path);
    post = (path, body = {}) => call(app, app.coordinatorToken, 'POST', path, body);
    const items = await eventually(async () => {
      const answer = await get('/recommendations?pageSize=200');
      return answer.body.total === DEMO_RECOMMENDATIONS.length && answer.body.items;
    });
    byText = new Map(items.map((item: { text: string }) => [item.text, item]));
    forums = (await get('/forums')).body;
  }, 60_000);
  afterAll(() => app.stop());

  it('links repeats and refuses what is not one', async () => {
    expect((await post(`/recommendations/${id(support)}/repeats`, { earlierId: id(legalAid) })).status).toBe(200);
    expect((await post(`/recommendations/${id(centres)}/repeats`, { earlierId: id(support) })).status).toBe(200);
    expect((await post(`/recommendations/${id(youth)}/repeats`, { earlierId: id(schools) })).status).toBe(200);

    const refused = async (path: string, body: object, status: number) => {
      const answer = await post(path, body);
      expect(answer.status).toBe(status);
      return answer.body;
    };
    expect((await refused(`/recommendations/${id(support)}/repeats`, { earlierId: id(support) }, 422)).errors[0]).toMatchObject({
      field: 'earlierId',
      rule: 'RepeatOfItself',
    });
    expect((await refused(`/recommendations/${id(legalAid)}/repeats`, { earlierId: id(support) }, 422)).errors[0].rule).toBe('RepeatNotEarlier');
    expect((await refused(`/recommendations/${id(schools)}/repeats`, { earlierId: id(support) }, 422)).errors[0].rule).toBe('RepeatNotEarlier');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await refused(`/recommendations/${id(support)}/repeats`, { earlierId: unknown }, 422)).errors[0].rule).toBe('EarlierRecommendationUnknown');
    expect((await refused(`/recommendations/${id(support)}/repeats`, { earlierId: id(legalAid) }, 409)).reason).toBe('RepeatAlreadyLinked');
    expect((await refused(`/recommendations/${id(support)}/repeats/${id(schools)}/unlink`, {}, 409)).reason).toBe('RepeatNotLinked');
    expect((await refused(`/recommendations/${unknown}/repeats`, { earlierId: id(legalAid) }, 404)).status).toBe(404);
    expect((await refused(`/recommendations/${id(support)}/repeats`, { earlierId: 'not an id' }, 400)).errors[0]).toMatchObject({ field: 'earlierId' });
    const linked = (await get(`/recommendations/${id(centres)}/repeats`)).body;
    expect(linked.earlier.map((e: { id: string }) => e.id)).toEqual([id(support)]);
    expect((await post(`/recommendations/${id(youth)}/repeats/${id(schools)}/unlink`)).status).toBe(200);
    expect((await post(`/recommendations/${id(youth)}/repeats`, { earlierId: id(schools) })).status).toBe(200);
    const viewer = await app.signIn('viewer');
    expect((await call(app, viewer.token, 'POST', `/recommendations/${id(centres)}/repeats`, { earlierId: id(legalAid) })).status).toBe(403);
  });

  it('lists the clusters as computed by hand: first made when, how often, where, by whom funded', async () => {
    const clusters = await eventually(async () => {
      const answer = (await get('/recurrence/clusters')).body;
      return answer.length === 2 && answer[0].timesMade === 3 && answer;
    });
    const forum = (key: string) => forums.find((f) => f.title === DEMO_FORUMS.find((d) => d.key === key)!.title)!;
    const statuses = [legalAid, support, centres].map((text) => byText.get(text)!.status);
    const none = statuses.every((status) => !['implemented', 'verified'].includes(status));
    expect(clusters[0]).toMatchObject({
      firstMadeAt: byText.get(legalAid)!.proposedAt,
      timesMade: 3,
      forums: 3,
      stillNotImplemented: none,
      summary: none ? 'made 3 times since 2022, still not implemented' : 'made 3 times since 2022',
    });
    expect(clusters[0].members.map((m: { id: string }) => m.id)).toEqual([id(legalAid), id(support), id(centres)]);
    expect(clusters[0].members.map((m: { forumTitle: string; status: string }) => [m.forumTitle, m.status])).toEqual(
      [legalAid, support, centres].map((text) => [byText.get(text)!.forumTitle, byText.get(text)!.status]),
    );
    expect(clusters[0].members[0].forumStartDate).toBe('2022-05-29');
    expect(clusters[0].members[0].donors.map((d: { id: string }) => d.id)).toEqual(forum('spotlight-study-tour').funders);
    expect(clusters[1].members.map((m: { id: string }) => m.id)).toEqual([id(schools), id(youth)]);
    expect(clusters[1].summary).toMatch(/^made 2 times since 2024/);
  });

  it('shows a donor only the members from forums it funds', async () => {
    const eu = forums.find((f) => f.startDate === '2022-05-29')!.funders[0];
    const later = await post('/forums', {
      title: 'Round table on legal aid in Sughd',
      kind: 'conference',
      startDate: '2025-03-01',
      endDate: '2025-03-01',
      location: { country: 'TJ', region: 'Sughd' },
      organisers: [{ name: 'Legal Aid Center' }],
      funders: [eu],
      participants: 20,
      sourceReference: 'Round table, March 2025',
    });
    expect(later.status).toBe(201);
    const again = await post(`/forums/${later.body.id}/recommendations`, {
      text: 'Adopt an action plan strengthening primary and secondary legal aid for survivors of gender-based violence in Sughd.',
      themes: ['legal-aid'],
      priority: 'high',
    });
    expect(again.status).toBe(201);
    const suggested = await eventually(async () => {
      const answer = await get(`/recommendations/${again.body.id}/repeat-suggestions`);
      return answer.status === 200 && answer.body.length > 0 && answer.body;
    });
    expect(suggested[0].id).toBe(id(legalAid));
    const linked = await post(`/recommendations/${again.body.id}/repeats`, { earlierId: id(legalAid) });
    expect(linked.status).toBe(200);
    // Read-your-writes: at the link's position the clusters include it at once.
    const all = (await get(`/recurrence/clusters?minPosition=${linked.position}`)).body;
    expect(all[0].timesMade).toBe(4);
    expect((await get(`/recommendations/${again.body.id}/repeat-suggestions?minPosition=${linked.position}`)).body).toEqual([]);
    expect((await get('/recurrence/clusters?minPosition=soon')).status).toBe(400);
    expect(all[0].summary).toMatch(/^made 4 times since 2022/);
    const donor = await app.signIn('donor', eu);
    const seen = (await call(app, donor.token, 'GET', '/recurrence/clusters')).body;
    expect(seen).toHaveLength(1);
    expect(seen[0].members.map((m: { id: string }) => m.id)).toEqual([id(legalAid), again.body.id]);
    expect(seen[0].timesMade).toBe(2);
    expect((await call(app, donor.token, 'GET', `/recommendations/${again.body.id}/repeat-suggestions`)).status).toBe(403);
  });
});
