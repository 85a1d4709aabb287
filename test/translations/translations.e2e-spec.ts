import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { DemoLoader } from '../../src/demo/demo-loader';
import { decodeEntities, eventually } from '../portal/portal-support';
import { TestApp, startTestApp } from '../support/test-app';

const RUSSIAN_TEXT = 'Открыть кризисный центр для пострадавших в каждом районе';
const RUSSIAN_TITLE = 'Форум о предотвращении насилия (перевод)';

describe('translations of recommendations and forums', () => {
  let app: TestApp;
  let forum: { forumId: string; title: string };
  let recommendation: { id: string; text: string };

  const call = async (method: string, path: string, body?: object, token = app.coordinatorToken) => {
    const response = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
  };
  const portalText = async (path: string) => decodeEntities(await (await fetch(`${app.baseUrl}${path}`)).text());

  beforeAll(async () => {
    app = await startTestApp({ PORTAL_REQUESTS_PER_MINUTE: '100000' });
    await app.app.get(DemoLoader).load();
    const forums = await eventually(async () => {
      const answer = (await call('GET', '/forums')).body as unknown as { forumId: string; title: string; recommendations: number }[];
      return answer.reduce((n, f) => n + f.recommendations, 0) === DEMO_RECOMMENDATIONS.length && answer;
    });
    forum = forums[0];
    const listed = (await call('GET', `/recommendations?forumId=${forum.forumId}&pageSize=100`)).body.items as { id: string; text: string }[];
    recommendation = listed[0];
  }, 60_000);
  afterAll(() => app.stop());

  it('lets only coordinators translate, into en, ru or tg, a recommendation or forum that exists', async () => {
    const viewer = await app.signIn('viewer');
    const refused = await call('PUT', `/recommendations/${recommendation.id}/translations/ru`, { text: RUSSIAN_TEXT }, viewer.token);
    expect(refused.status).toBe(403);
    const french = await call('PUT', `/recommendations/${recommendation.id}/translations/fr`, { text: RUSSIAN_TEXT });
    expect(french.status).toBe(400);
    expect(french.type).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(french.body)).toContain('lang');
    expect((await call('PUT', `/forums/${forum.forumId}/translations/ru`, { title: '' })).status).toBe(400);
    expect((await call('PUT', '/recommendations/00000000-0000-4000-8000-000000000000/translations/ru', { text: RUSSIAN_TEXT })).status).toBe(404);
  });

  it('records a translation once, shows it in ru and falls back to the original, marked, in tg', async () => {
    const first = await call('PUT', `/recommendations/${recommendation.id}/translations/ru`, { text: RUSSIAN_TEXT });
    expect(first.status).toBe(200);
    const again = await call('PUT', `/recommendations/${recommendation.id}/translations/ru`, { text: RUSSIAN_TEXT });
    expect(again.body.revision).toBe(first.body.revision);

    const inRussian = await call('GET', `/recommendations/${recommendation.id}/translations?lang=ru&minPosition=${String(first.body.position)}`);
    expect(inRussian.body).toMatchObject({
      original: recommendation.text,
      translations: [{ language: 'ru', text: RUSSIAN_TEXT }],
      shown: { text: RUSSIAN_TEXT, language: 'ru', original: false },
    });
    expect((inRussian.body.translations as { translatedBy: string }[])[0].translatedBy).toEqual(expect.any(String));
    const inTajik = await call('GET', `/recommendations/${recommendation.id}/translations?lang=tg`);
    expect(inTajik.body.shown).toEqual({ text: recommendation.text, language: null, original: true });
  });

  it("shows the portal's pages in the reader's language, the original marked where there is no translation", async () => {
    const title = await call('PUT', `/forums/${forum.forumId}/translations/ru`, { title: RUSSIAN_TITLE });
    expect(title.status).toBe(200);
    expect((await call('POST', `/forums/${forum.forumId}/publication`, {})).status).toBe(200);

    const russian = await eventually(async () => {
      const page = await portalText(`/portal/forums/${forum.forumId}?lang=ru`);
      return page.includes(RUSSIAN_TITLE) && page.includes(RUSSIAN_TEXT) && page;
    });
    expect(russian).not.toContain(`${RUSSIAN_TITLE} <span`);
    const tajik = await portalText(`/portal/recommendations/${recommendation.id}?lang=tg`);
    expect(tajik).toContain(`${recommendation.text} <span class="muted original">(асл)</span>`);
    expect(tajik).not.toContain(RUSSIAN_TEXT);
    const tajikForum = await portalText(`/portal/forums/${forum.forumId}?lang=tg`);
    expect(tajikForum).toContain(`${forum.title} <span class="muted original">(асл)</span>`);
  });
});
