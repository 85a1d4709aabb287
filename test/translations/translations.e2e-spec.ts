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

  it('refuses a viewer, a language other than en, ru or tg, an empty title and what was never recorded', async () => {
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

  it('lets a stakeholder of the responsible organisation translate its text, and no other stakeholder', async () => {
    const listed = (await call('GET', '/recommendations?pageSize=100')).body.items as { id: string; responsibleOrganisationId: string | null }[];
    const assigned = listed.find((r) => r.responsibleOrganisationId !== null);
    if (!assigned?.responsibleOrganisationId) throw new Error('the demo has an assigned recommendation');
    const organisations = (await call('GET', '/organisations?pageSize=100')).body.items as { id: string }[];
    const otherOrganisation = organisations.find((o) => o.id !== assigned.responsibleOrganisationId)!.id;
    const responsible = await app.signIn('stakeholder', assigned.responsibleOrganisationId);
    const other = await app.signIn('stakeholder', otherOrganisation);
    const path = `/recommendations/${assigned.id}/translations/tg`;
    expect((await call('PUT', path, { text: 'Матни тавсия бо забони тоҷикӣ' }, other.token)).status).toBe(403);
    const translated = await call('PUT', path, { text: 'Матни тавсия бо забони тоҷикӣ' }, responsible.token);
    expect(translated.status).toBe(200);
    const shown = await call(
      'GET',
      `/recommendations/${assigned.id}/translations?lang=tg&minPosition=${String(translated.body.position)}`,
      undefined,
      responsible.token,
    );
    expect(shown.body.shown).toEqual({ text: 'Матни тавсия бо забони тоҷикӣ', language: 'tg', original: false });
    expect((shown.body.translations as { translatedBy: string }[])[0].translatedBy).toBe(responsible.accountId);
    expect((await call('PUT', `/forums/${forum.forumId}/translations/tg`, { title: 'Форум' }, responsible.token)).status).toBe(403);
  });

  it("gives the portal's pages a new ETag once a translation changes them", async () => {
    const path = `/portal/recommendations/${recommendation.id}?lang=tg`;
    const before = (await fetch(`${app.baseUrl}${path}`)).headers.get('etag')!;
    expect((await fetch(`${app.baseUrl}${path}`, { headers: { 'if-none-match': before } })).status).toBe(304);
    const tajik = 'Дар ҳар ноҳия маркази бӯҳронӣ кушодан';
    expect((await call('PUT', `/recommendations/${recommendation.id}/translations/tg`, { text: tajik })).status).toBe(200);
    const page = await eventually(async () => {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { 'if-none-match': before } });
      return response.status === 200 && decodeEntities(await response.text());
    });
    expect(page).toContain(tajik);
    expect(page).not.toContain('(асл)</span></p>');
  });
});
