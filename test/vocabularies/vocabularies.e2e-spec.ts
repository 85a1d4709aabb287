import { TestApp, startTestApp } from '../support/test-app';

type Term = { code: string; labels: { en: string; ru: string; tg: string }; parent: string | null; aliases: string[]; retired: boolean; packaged: boolean };

describe('vocabularies over HTTP', () => {
  let app: TestApp;

  const call = async (method: string, path: string, body?: object, token = app.coordinatorToken, baseUrl = app.baseUrl) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      position: response.headers.get('x-event-position'),
      body: (await response.json()) as Record<string, unknown>,
    };
  };
  const termsOf = async (kind: string, position?: string | null, token?: string, baseUrl?: string) =>
    (await call('GET', `/vocabularies/${kind}${position ? `?minPosition=${position}` : ''}`, undefined, token, baseUrl)).body.terms as Term[];

  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(() => app?.stop());

  it('answers every vocabulary to any signed-in account, packaged terms first', async () => {
    const viewer = await app.signIn('viewer');
    const all = await call('GET', '/vocabularies', undefined, viewer.token);
    expect(all.status).toBe(200);
    expect(Object.keys(all.body)).toEqual(['themes', 'regions', 'sdgTargets', 'cedawAreas', 'mechanisms']);
    const regions = all.body.regions as Term[];
    expect(regions.slice(0, 5).map((term) => [term.code, term.labels.en])).toEqual([
      ['TJ-DU', 'Dushanbe'],
      ['TJ-KT', 'Khatlon'],
      ['TJ-SU', 'Sughd'],
      ['TJ-GB', 'Gorno-Badakhshan Autonomous Region'],
      ['TJ-RA', 'Districts of Republican Subordination'],
    ]);
    expect((all.body.themes as Term[]).find((term) => term.code === 'legal-aid')).toMatchObject({
      labels: { en: 'Legal aid', ru: 'Юридическая помощь', tg: 'Ёрии ҳуқуқӣ' },
      packaged: true,
      retired: false,
      defaultPillar: 'services',
    });
    expect((await fetch(`${app.baseUrl}/vocabularies`)).status).toBe(401);
    const openApi = (await (await fetch(`${app.baseUrl}/docs/openapi.json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(openApi.paths)
      .filter(([path]) => path.startsWith('/vocabularies'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(operations.sort()).toEqual([
      'get /vocabularies',
      'get /vocabularies/migration',
      'get /vocabularies/{kind}',
      'post /vocabularies/migration',
      'post /vocabularies/{kind}/terms',
      'post /vocabularies/{kind}/terms/{code}/restore',
      'post /vocabularies/{kind}/terms/{code}/retire',
      'put /vocabularies/{kind}/terms/{code}/labels',
    ]);
  });

  it('adds a region of another country and its district, relabels it, retires and restores it, read back in three languages', async () => {
    const almaty = { code: 'KZ-75', labels: { en: 'Almaty', ru: 'Алматы', tg: 'Алмаато' }, aliases: ['Alma-Ata'] };
    const added = await call('POST', '/vocabularies/regions/terms', almaty);
    expect(added.status).toBe(201);
    const district = { code: 'KZ-75-medeu', labels: { en: 'Medeu district', ru: 'Медеуский район', tg: 'Ноҳияи Медеу' }, parent: 'KZ-75' };
    const child = await call('POST', '/vocabularies/regions/terms', district);
    expect(child.status).toBe(201);
    const afterAdding = await termsOf('regions', child.position);
    expect(afterAdding.slice(-2)).toEqual([
      { kind: 'regions', ...almaty, parent: null, retired: false, packaged: false },
      { kind: 'regions', ...district, aliases: [], retired: false, packaged: false },
    ]);

    const labels = { en: 'Almaty city', ru: 'город Алматы', tg: 'шаҳри Алмаато' };
    const relabelled = await call('PUT', '/vocabularies/regions/terms/KZ-75/labels', { labels });
    expect(relabelled.status).toBe(200);
    const read = (await termsOf('regions', relabelled.position)).find((term) => term.code === 'KZ-75')!;
    expect([read.labels.en, read.labels.ru, read.labels.tg]).toEqual(['Almaty city', 'город Алматы', 'шаҳри Алмаато']);
    expect(read.aliases).toEqual(['Alma-Ata']);

    const retired = await call('POST', '/vocabularies/regions/terms/KZ-75/retire');
    expect(retired.status).toBe(200);
    expect((await termsOf('regions', retired.position)).find((term) => term.code === 'KZ-75')?.retired).toBe(true);
    const restored = await call('POST', '/vocabularies/regions/terms/KZ-75/restore');
    expect((await termsOf('regions', restored.position)).find((term) => term.code === 'KZ-75')?.retired).toBe(false);
  });

  it('retires a packaged theme and relabels it, keeping its code and default pillar', async () => {
    const retired = await call('POST', '/vocabularies/themes/terms/police/retire');
    expect(retired.status).toBe(200);
    const again = await call('POST', '/vocabularies/themes/terms/police/retire');
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(retired.body.revision);
    const labels = { en: 'Police and militia', ru: 'Милиция и полиция', tg: 'Милитсия' };
    const relabelled = await call('PUT', '/vocabularies/themes/terms/police/labels', { labels, aliases: ['law enforcement'] });
    const police = (await termsOf('themes', relabelled.position)).find((term) => term.code === 'police');
    expect(police).toMatchObject({ labels, aliases: ['law enforcement'], retired: true, packaged: true, defaultPillar: 'institutions' });
  });

  it('refuses a code taken, an unknown term and an unknown parent with exact messages', async () => {
    const taken = await call('POST', '/vocabularies/themes/terms', { code: 'legal-aid', labels: { en: 'x', ru: 'x', tg: 'x' } });
    expect(taken.status).toBe(409);
    expect(taken.type).toMatch(/^application\/problem\+json/);
    expect(taken.body).toMatchObject({ reason: 'VocabularyCodeTaken', detail: 'themes already has a term legal-aid' });
    const unknown = await call('PUT', '/vocabularies/sdgTargets/terms/5.9/labels', { labels: { en: 'x', ru: 'x', tg: 'x' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ reason: 'VocabularyTermUnknown', detail: 'sdgTargets has no term 5.9' });
    const orphan = await call('POST', '/vocabularies/regions/terms', { code: 'XX-1', labels: { en: 'x', ru: 'x', tg: 'x' }, parent: 'XX' });
    expect(orphan.status).toBe(422);
    expect(orphan.body).toMatchObject({ reason: 'VocabularyParentUnknown', detail: 'parent XX is not a term of regions' });
  });

  it('refuses bad input naming the field, and anyone but a coordinator', async () => {
    const noTajik = await call('POST', '/vocabularies/themes/terms', { code: 'femicide', labels: { en: 'Femicide', ru: 'Фемицид' } });
    expect(noTajik.status).toBe(400);
    expect(noTajik.type).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(noTajik.body)).toContain('labels.tg');
    const badCode = await call('POST', '/vocabularies/themes/terms', { code: 'two words', labels: { en: 'a', ru: 'a', tg: 'a' } });
    expect(badCode.status).toBe(400);
    expect(JSON.stringify(badCode.body)).toContain('code');
    expect((await call('GET', '/vocabularies/languages')).status).toBe(400);
    const noLabels = await call('PUT', '/vocabularies/themes/terms/youth/labels', {});
    expect(noLabels.status).toBe(400);
    expect(JSON.stringify(noLabels.body)).toContain('labels');
    const noBody = await fetch(`${app.baseUrl}/vocabularies/themes/terms/youth/labels`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${app.coordinatorToken}` },
    });
    expect(noBody.status).toBe(400);
    const addedWithout = await call('POST', '/vocabularies/themes/terms', { code: 'femicide' });
    expect(addedWithout.status).toBe(400);
    const viewer = await app.signIn('viewer');
    const refused = await call('POST', '/vocabularies/themes/terms', { code: 'femicide', labels: { en: 'a', ru: 'a', tg: 'a' } }, viewer.token);
    expect(refused.status).toBe(403);
  });

  it('keeps what was added across a restart: the index is loaded from its file', async () => {
    const theme = { code: 'femicide', labels: { en: 'Femicide', ru: 'Фемицид', tg: 'Фемисид' }, defaultPillar: 'data' };
    const added = await call('POST', '/vocabularies/themes/terms', theme);
    await termsOf('themes', added.position);
    await app.app.close();
    const again = await startTestApp({ DATA_DIR: app.dataDir });
    app = again;
    const femicide = (await termsOf('themes')).find((term) => term.code === 'femicide');
    expect(femicide).toMatchObject({ ...theme, packaged: false });
    expect((await termsOf('regions')).find((term) => term.code === 'KZ-75')?.labels.en).toBe('Almaty city');
  }, 60_000);
});
