import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { TestApp, startTestApp } from '../support/test-app';
import { asCoordinator, decodeEntities, eventually, parseCsv } from './portal-support';

/** Everything the public can fetch, without a token. */
async function publicGet(app: TestApp, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.baseUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the public portal', () => {
  let app: TestApp;
  let coordinator: ReturnType<typeof asCoordinator>;
  let forums: { forumId: string; title: string; recommendations: number }[];
  let forum: { forumId: string; title: string };
  let other: { forumId: string; title: string };
  let recommendations: { id: string; text: string }[];

  beforeAll(async () => {
    app = await startTestApp({ PORTAL_REQUESTS_PER_MINUTE: '100000' });
    await app.app.get(DemoLoader).load();
    coordinator = asCoordinator(app);
    forums = await eventually(async () => {
      const answer = (await coordinator.get('/forums')).body as unknown as { forumId: string; title: string; recommendations: number }[];
      // Until the read model has every demo recommendation: a count seen earlier may still be growing.
      return answer.reduce((n, f) => n + f.recommendations, 0) === DEMO_RECOMMENDATIONS.length && answer;
    });
    [forum, other] = forums;
    const listed = await coordinator.get(`/recommendations?forumId=${forum.forumId}&pageSize=100`);
    recommendations = listed.body.items as unknown as { id: string; text: string }[];
    expect(recommendations.length).toBe(forums[0].recommendations);
  }, 60_000);
  afterAll(() => app.stop());

  const portalText = async (path: string) => decodeEntities((await publicGet(app, path)).text);
  const openData = async () => ({
    forums: (JSON.parse((await publicGet(app, '/open-data/forums.json')).text) as { forums: { forumId: string; licence: string }[] }).forums,
    recommendations: (JSON.parse((await publicGet(app, '/open-data/recommendations.json')).text) as { recommendations: { forumId: string }[] }).recommendations,
  });

  it('shows nothing of a forum that is not published: 404, not in the list, not in the open data', async () => {
    const page = await publicGet(app, `/portal/forums/${forum.forumId}`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await portalText('/portal')).not.toContain(forum.title);
    expect((await publicGet(app, `/portal/recommendations/${recommendations[0].id}`)).status).toBe(404);
    const data = await openData();
    expect(data.forums).toEqual([]);
    expect(data.recommendations).toEqual([]);
    expect(parseCsv((await publicGet(app, '/open-data/recommendations.csv')).text)).toEqual([]);
  });

  it('lets only coordinators publish, refuses an unknown licence, and refuses to unpublish what is not published', async () => {
    const viewer = await app.signIn('viewer');
    const refused = await fetch(`${app.baseUrl}/forums/${forum.forumId}/publication`, {
      method: 'POST',
      headers: { authorization: `Bearer ${viewer.token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(403);
    const noToken = await fetch(`${app.baseUrl}/forums/${forum.forumId}/publication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    const badLicence = await coordinator.post(`/forums/${forum.forumId}/publication`, { licence: 'all rights reserved' });
    expect(badLicence.status).toBe(400);
    expect(badLicence.body.errors).toEqual([expect.objectContaining({ field: 'licence', rule: 'isIn' })]);
    const notPublished = await coordinator.post(`/forums/${forum.forumId}/publication/unpublish`, {});
    expect(notPublished.status).toBe(409);
    expect(notPublished.body.reason).toBe('ForumNotPublished');
    expect((await coordinator.post('/forums/00000000-0000-4000-8000-000000000000/publication', {})).status).toBe(404);
  });

  it('shows a published forum and its recommendations, to anyone, under the default licence', async () => {
    const published = await coordinator.post(`/forums/${forum.forumId}/publication`, {});
    expect(published.status).toBe(200);
    expect((await coordinator.get(`/forums/${forum.forumId}/publication`)).body).toMatchObject({ status: 'published', licence: 'CC-BY-4.0' });
    const page = await eventually(async () => {
      const answer = await publicGet(app, `/portal/forums/${forum.forumId}`);
      return answer.status === 200 && decodeEntities(answer.text);
    });
    expect(page).toContain(forum.title);
    for (const recommendation of recommendations) expect(page).toContain(recommendation.text);
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script/i);
    expect(await portalText('/portal')).toContain(forum.title);
    expect(await portalText('/portal')).not.toContain(other.title);
    const detail = await publicGet(app, `/portal/recommendations/${recommendations[0].id}`);
    expect(detail.status).toBe(200);
    expect(decodeEntities(detail.text)).toContain(recommendations[0].text);
  });

  it('gives the published data as open data: the CSV parses back to the recommendations, each with its licence', async () => {
    const csv = await publicGet(app, '/open-data/recommendations.csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(csv.text);
    expect(rows.map((row) => row.id).sort()).toEqual(recommendations.map((r) => r.id).sort());
    for (const row of rows) {
      expect(row.text).toBe(recommendations.find((r) => r.id === row.id)?.text);
      expect(row.licence).toBe('CC-BY-4.0');
      expect(row.forumId).toBe(forum.forumId);
    }
    const forumRows = parseCsv((await publicGet(app, '/open-data/forums.csv')).text);
    expect(forumRows).toEqual([expect.objectContaining({ forumId: forum.forumId, title: forum.title, licence: 'CC-BY-4.0' })]);
    expect(Number(forumRows[0].recommendations)).toBe(recommendations.length);
    const data = await openData();
    expect(data.forums.map((f) => f.licence)).toEqual(['CC-BY-4.0']);
    expect(data.recommendations).toHaveLength(recommendations.length);
  });

  it('names no account anywhere: no e-mail, no account name, no account id', async () => {
    const accounts: { id: string; email: string; name: string }[] = [];
    for (let page = 1; ; page++) {
      const items = (await coordinator.get(`/accounts?page=${page}&pageSize=200`)).body.items as unknown as typeof accounts;
      accounts.push(...items);
      if (items.length < 200) break;
    }
    expect(accounts.length).toBeGreaterThan(5);
    const paths = [
      '/portal',
      `/portal/forums/${forum.forumId}`,
      ...recommendations.map((r) => `/portal/recommendations/${r.id}`),
      '/open-data/forums.json',
      '/open-data/forums.csv',
      '/open-data/recommendations.json',
      '/open-data/recommendations.csv',
    ];
    for (const path of paths) {
      for (const language of ['en', 'ru', 'tg']) {
        const text = await portalText(`${path}?lang=${language}`);
        for (const account of accounts) {
          expect(text).not.toContain(account.email);
          expect(text).not.toContain(account.name);
          expect(text).not.toContain(account.id);
        }
        expect(text).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      }
    }
  });

  it('shows no evidence that is not marked public (none is, in the demo)', async () => {
    let checked = 0;
    for (const recommendation of recommendations) {
      const history = (await coordinator.get(`/recommendations/${recommendation.id}/status-history`)).body as unknown as { evidence: { title: string }[] }[];
      const titles = history.flatMap((entry) => entry.evidence.map((e) => e.title));
      const page = await portalText(`/portal/recommendations/${recommendation.id}`);
      for (const title of titles) expect(page).not.toContain(title);
      checked += titles.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('speaks en, ru and tg by ?lang= and Accept-Language', async () => {
    expect(await portalText('/portal?lang=ru')).toContain('Опубликованные форумы');
    expect(await portalText('/portal?lang=tg')).toContain('Форумҳои нашршуда');
    const byHeader = await publicGet(app, '/portal', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    expect(byHeader.text).toContain('<html lang="ru">');
    expect(byHeader.headers.get('vary')).toMatch(/Accept-Language/i);
  });

  it('answers 304 to the ETag it gave, until a new event changes the data', async () => {
    const first = await publicGet(app, '/portal?lang=en');
    const etag = first.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await publicGet(app, '/portal?lang=en', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect((await publicGet(app, '/portal?lang=ru', { 'if-none-match': etag })).status).toBe(200);
    expect((await coordinator.post(`/forums/${other.forumId}/publication`, { licence: 'CC0-1.0' })).status).toBe(200);
    const changed = await eventually(async () => {
      const answer = await publicGet(app, '/portal?lang=en', { 'if-none-match': etag });
      return answer.status === 200 && decodeEntities(answer.text).includes(other.title) && answer;
    });
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('never answers a 5xx to odd paths, queries and headers', async () => {
    const odd: [string, Record<string, string>][] = [
      ['/portal/forums/not-a-uuid', {}],
      [`/portal/forums/${'9'.repeat(90)}`, {}],
      ['/portal/forums/%3Cscript%3E', {}],
      ['/portal/recommendations/00000000-0000-4000-8000-000000000000', {}],
      ['/portal?lang=ru&lang=tg', {}],
      ['/portal?lang[]=ru', {}],
      ['/portal', { 'accept-language': ';;q=abc,*,-' }],
      ['/portal', { 'if-none-match': '"' }],
      ['/open-data/forums.csv?lang=%00', {}],
    ];
    for (const [path, headers] of odd) {
      const answer = await publicGet(app, path, headers);
      expect({ path, status: answer.status < 500 }).toEqual({ path, status: true });
    }
    const injected = await publicGet(app, '/portal/forums/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(injected.status).toBe(404);
    expect(injected.text).not.toContain('<script>');
  });

  it('takes an unpublished forum off the portal and out of the open data', async () => {
    const unpublished = await coordinator.post(`/forums/${forum.forumId}/publication/unpublish`, { reason: 'A recommendation is being reworded' });
    expect(unpublished.status).toBe(200);
    await eventually(async () => (await publicGet(app, `/portal/forums/${forum.forumId}`)).status === 404);
    expect(await portalText('/portal')).not.toContain(forum.title);
    expect((await publicGet(app, `/portal/recommendations/${recommendations[0].id}`)).status).toBe(404);
    const data = await openData();
    expect(data.forums.map((f) => f.forumId)).toEqual([other.forumId]);
    expect(data.recommendations.filter((r) => r.forumId === forum.forumId)).toEqual([]);
  });
});

describe('the public portal under load from one address', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ PORTAL_REQUESTS_PER_MINUTE: '3' });
  });
  afterAll(() => app.stop());

  it('answers 429 problem+json with Retry-After past the limit', async () => {
    for (let i = 0; i < 3; i++) expect((await publicGet(app, '/open-data/forums.json')).status).toBe(200);
    const refused = await publicGet(app, '/portal');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toMatchObject({ status: 429, code: 'TooManyAttempts' });
  });
});
