import { DEMO_FORUMS, DEMO_ORGANISATIONS, DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { CommandBus } from '@nestjs/cqrs';
import { Workbook } from 'exceljs';
import { commitImport } from '../../src/imports/import-commit';
import { Imports } from '../../src/imports/imports';
import { startTestApp, type TestApp } from '../support/test-app';
import { csvOf, demoRows, firstAssignment, RUSSIAN, xlsxOf } from './demo-spreadsheet';
import { PACKAGED_VOCABULARIES } from '../../src/vocabularies/packaged';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Preview {
  valid: boolean;
  summary: Record<string, number>;
  rows: {
    row: number;
    reference: string;
    forum: { id: string; action: string };
    recommendation: { id: string; action: string };
    assignment: { action: string };
    corrections: { field: string; before: unknown; after: unknown }[];
    problems: { field: string; rule: string; suggestions?: string[] }[];
  }[];
}

describe('importing a spreadsheet (e2e)', () => {
  let test: TestApp;
  let position = '';
  const organisationIds = new Map<string, string>();

  const call = async (method: string, path: string, body?: Buffer | object, contentType = 'application/json') => {
    const response = await fetch(`${test.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${test.coordinatorToken}`, ...(body ? { 'content-type': contentType } : {}) },
      body: body === undefined ? undefined : Buffer.isBuffer(body) ? new Uint8Array(body) : JSON.stringify(body),
    });
    position = response.headers.get('x-event-position') ?? position;
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const preview = async (file: Buffer, type = 'text/csv') => {
    const answer = await call('POST', `/imports/preview?minPosition=${position}`, file, type);
    expect(answer.status).toBe(200);
    return answer.body as Preview;
  };
  const commit = (file: Buffer, type = 'text/csv') => call('POST', `/imports/commit?minPosition=${position}`, file, type);

  beforeAll(async () => {
    test = await startTestApp();
    for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
      const answer = await call('POST', '/organisations', organisation);
      expect(answer.status).toBe(201);
      organisationIds.set(key, answer.body.id);
    }
  }, 60_000);
  afterAll(() => test.stop());

  it("creates the demo's forums, recommendations and assignments from an XLSX file, as the demo data describes them", async () => {
    const file = await xlsxOf(demoRows());
    const checked = await preview(file, XLSX);
    expect(checked.rows.flatMap((r) => r.problems)).toEqual([]);
    const assigned = DEMO_RECOMMENDATIONS.filter((r) => firstAssignment(r.history)).length;
    expect(checked.summary).toMatchObject({
      rows: DEMO_RECOMMENDATIONS.length,
      forumsToCreate: DEMO_FORUMS.length,
      recommendationsToCreate: DEMO_RECOMMENDATIONS.length,
      assignmentsToCreate: assigned,
    });

    const committed = await commit(file, XLSX);
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({
      forums: { created: 3 },
      recommendations: { created: DEMO_RECOMMENDATIONS.length },
      assignments: { created: assigned },
      corrections: { created: 0, alreadyThere: 0 },
    });
    position = committed.body.position;

    for (const [index, demo] of DEMO_RECOMMENDATIONS.entries()) {
      const row = checked.rows[index];
      const forum = DEMO_FORUMS.find((f) => f.key === demo.forumKey)!;
      const recordedForum = (await call('GET', `/forums/${row.forum.id}`)).body;
      expect(recordedForum).toMatchObject({
        title: forum.title,
        kind: forum.kind,
        startDate: forum.startDate,
        endDate: forum.endDate,
        location: { country: forum.location.country, region: forum.location.region ?? null, district: forum.location.district ?? null },
        organisers: forum.organisers.map((name) => ({ name, organisationId: null })),
        funders: forum.funderKeys.map((key) => organisationIds.get(key)),
        programme: forum.programme,
        participants: forum.participants,
        sourceReference: forum.sourceReference,
      });
      const recommendation = (await call('GET', `/recommendations/${row.recommendation.id}`)).body;
      const assign = firstAssignment(demo.history);
      expect(recommendation).toMatchObject({
        forumId: row.forum.id,
        text: demo.text,
        themes: demo.themes,
        targetRegions: demo.targetRegions,
        priority: demo.priority,
        status: assign ? 'assigned' : 'proposed',
        responsibleOrganisationId: assign ? organisationIds.get(assign.organisationKey) : null,
        supportingOrganisationIds: (assign?.supportingKeys ?? []).map((key) => organisationIds.get(key)),
        dueDate: assign?.dueDate ?? null,
      });
      expect(recommendation.history[0].metadata.effectiveAt.slice(0, 10)).toBe(demo.proposedAt);
    }
  }, 60_000);

  it.each([
    ['CSV with commas', csvOf(demoRows(), ',')],
    ['CSV with semicolons and a byte order mark', csvOf(demoRows(), ';', undefined, true)],
    ['CSV with semicolons, Russian headers and a byte order mark', csvOf(demoRows(), ';', (h) => RUSSIAN[h], true)],
  ])(
    'reads the same rows from %s: importing it again creates nothing',
    async (_, file) => {
      const checked = await preview(file);
      expect(checked.rows.flatMap((r) => r.problems)).toEqual([]);
      expect(checked.summary).toMatchObject({ forumsToCreate: 0, recommendationsToCreate: 0, assignmentsToCreate: 0, correctionsProposed: 0 });
      expect(new Set(checked.rows.map((r) => r.recommendation.action))).toEqual(new Set(['recorded']));
      const committed = await commit(file);
      expect(committed.body).toMatchObject({
        forums: { created: 0 },
        recommendations: { created: 0 },
        assignments: { created: 0 },
        corrections: { created: 0 },
      });
    },
    30_000,
  );

  it('shows an edited file (same reference) as the corrections it implies, applies them once, and again not at all', async () => {
    const rows = demoRows();
    rows[4] = { ...rows[4], Recommendation: `${rows[4].Recommendation} (revised)`, Priority: 'low', Themes: 'education' };
    const checked = await preview(csvOf(rows, ','));
    expect(checked.valid).toBe(true);
    expect(checked.rows[4].recommendation.action).toBe('correct');
    expect(checked.rows[4].corrections).toEqual([
      { field: 'text', before: DEMO_RECOMMENDATIONS[4].text, after: `${DEMO_RECOMMENDATIONS[4].text} (revised)` },
      { field: 'themes', before: DEMO_RECOMMENDATIONS[4].themes, after: ['education'] },
      { field: 'priority', before: DEMO_RECOMMENDATIONS[4].priority, after: 'low' },
    ]);
    const committed = await commit(csvOf(rows, ','));
    expect(committed.body.recommendations.created).toBe(0);
    expect(committed.body.corrections).toEqual({ created: 1, alreadyThere: 0 });
    const id = checked.rows[4].recommendation.id;
    const recommendation = (await call('GET', `/recommendations/${id}`)).body;
    expect(recommendation).toMatchObject({ text: `${DEMO_RECOMMENDATIONS[4].text} (revised)`, priority: 'low', themes: ['education'] });
    const history = recommendation.history as { type: string; data: Record<string, unknown> }[];
    const corrected = history.filter((e) => e.type === 'RecommendationCorrected');
    expect(corrected).toHaveLength(1);
    expect(corrected[0].data).toMatchObject({
      changed: { text: `${DEMO_RECOMMENDATIONS[4].text} (revised)`, priority: 'low' },
      previous: { priority: DEMO_RECOMMENDATIONS[4].priority },
    });
    expect((await preview(csvOf(rows, ','))).summary.correctionsProposed).toBe(0);
    expect((await commit(csvOf(rows, ','))).body.corrections).toEqual({ created: 0, alreadyThere: 0 });
  }, 30_000);

  it('names the problem of every bad row, suggests registered names, and creates nothing while any row is wrong', async () => {
    const [first] = demoRows();
    const fresh = { ...first, 'Forum title': 'Roundtable on shelters in Sughd', 'Forum start date': '2024-03-01', 'Forum end date': '2024-03-01' };
    Object.assign(fresh, { 'Proposed on': '2024-03-01', 'Due date': '2024-12-31', 'Assigned on': '2024-03-05' });
    const rows = [
      { ...fresh, Reference: 'new-1', Recommendation: 'Open a second shelter for survivors of violence in Khujand' },
      { ...fresh, Reference: 'new-2', Recommendation: 'Train district police on protection orders', 'Responsible organisation': 'Inovations Lab' },
      { ...fresh, Reference: 'new-3', Recommendation: 'Fund legal aid clinics in every district of Sughd', 'Due date': '2024-02-30' },
      { ...fresh, Reference: 'new-4', Recommendation: '' },
      { ...first, Reference: 'other-0' },
      { ...fresh, Reference: 'new-5', Recommendation: 'Open a second shelter for survivors of violence in Khujand' },
      { ...fresh, Reference: 'new-1', Recommendation: 'Publish a yearly count of protection orders by district' },
    ];
    const file = csvOf(rows, ';');
    const checked = await preview(file);
    expect(checked.valid).toBe(false);
    const problems = checked.rows.map((r) => r.problems.map((p) => `${p.field}:${p.rule}`));
    expect(problems[0]).toEqual([]);
    expect(problems[1]).toEqual(['responsible:notRegistered']);
    expect(checked.rows[1].problems[0].suggestions?.[0]).toBe('Innovations LAB');
    expect(problems[2]).toEqual(['dueDate:isIso8601']);
    expect(problems[3]).toEqual(expect.arrayContaining(['text:isLength']));
    expect(problems[4]).toEqual(['text:alreadyRecorded']);
    expect(problems[5]).toEqual(['text:duplicateInFile']);
    expect(problems[6]).toEqual(['reference:duplicateInFile']);

    const refused = await commit(file);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'RuleViolated', reason: 'ImportRowsInvalid', params: { invalidRows: 6 } });
    expect((await call('GET', `/forums/${checked.rows[0].forum.id}`)).status).toBe(404);
    expect((await call('GET', `/recommendations/${checked.rows[0].recommendation.id}`)).status).toBe(404);
  }, 30_000);

  it('reads tags as codes or labels in English, Russian or Tajik, and names the nearest terms for one it does not know', async () => {
    const [first] = demoRows();
    const fresh = { ...first, 'Forum title': 'Roundtable on legal aid in Khatlon', 'Forum start date': '2024-04-01', 'Forum end date': '2024-04-01' };
    Object.assign(fresh, { 'Proposed on': '2024-04-01', 'Responsible organisation': '', 'Supporting organisations': '', 'Due date': '', 'Assigned on': '' });
    const tagged = { 'SDG targets': '', 'CEDAW articles and GR 35 areas': '', 'Human-rights mechanisms': '' };
    const rows = [
      {
        ...fresh,
        ...tagged,
        Reference: 'tags-1',
        Recommendation: 'Open legal aid desks in the districts of Khatlon',
        Themes: 'Юридическая помощь; Пешгирӣ',
        'Target regions': 'Вилояти Хатлон; Бохтар',
        'SDG targets': '5.2',
        'CEDAW articles and GR 35 areas': 'GR35: Protection',
        'Human-rights mechanisms': 'upr-4',
      },
      {
        ...fresh,
        ...tagged,
        Reference: 'tags-2',
        Recommendation: 'Train judges in the districts of Khatlon',
        Themes: 'Legal ayd',
        'Target regions': 'Khatlonn',
      },
    ];
    const headers = (h: string) =>
      RUSSIAN[h] ??
      { 'SDG targets': 'Задачи ЦУР', 'CEDAW articles and GR 35 areas': 'Статьи КЛДЖ и области ОР 35', 'Human-rights mechanisms': 'Правозащитные механизмы' }[
        h
      ] ??
      h;
    const checked = await preview(csvOf(rows, ';', headers));
    expect(checked.rows[0].problems).toEqual([]);
    expect(checked.rows[1].problems.map((p) => [p.field, p.rule, p.suggestions?.[0]])).toEqual([
      ['themes', 'notInVocabulary', 'Legal aid (legal-aid)'],
      ['targetRegions', 'notInVocabulary', 'Khatlon (TJ-KT)'],
    ]);
    const committed = await commit(csvOf(rows.slice(0, 1), ';', headers));
    expect(committed.status).toBe(200);
    position = committed.body.position;
    const recorded = await call('GET', `/recommendations/${checked.rows[0].recommendation.id}`);
    expect(recorded.body).toMatchObject({
      themes: ['legal-aid', 'prevention'],
      targetRegions: ['TJ-KT', 'TJ-KT-bokhtar'],
      sdgTargets: ['5.2'],
      cedawAreas: ['gr35-protection'],
      mechanisms: ['upr-4'],
    });
  }, 30_000);

  it('completes a commit cut short midway when the same file is committed again, creating each thing once', async () => {
    const rows = demoRows().map((row, index) => ({ ...row, Reference: `again-${index}`, 'Forum title': `${row['Forum title']} (second edition)` }));
    const file = csvOf(rows, ',');
    const coordinator = { accountId: 'test', organisationId: null, role: 'coordinator' as const };
    const { work, preview: checkedFirst } = await test.app.get(Imports).preview({ bytes: file, contentType: 'text/csv' }, coordinator, position);
    expect(checkedFirst.rows.flatMap((r) => r.problems)).toEqual([]);
    const total = work.forums.length + work.proposals.length + work.assignments.length;
    const bus = test.app.get(CommandBus);
    let sent = 0;
    const failing = { execute: (command: never) => (++sent > 5 ? Promise.reject(new Error('the process stopped')) : bus.execute(command)) } as CommandBus;
    await expect(commitImport(failing, coordinator, work)).rejects.toThrow('the process stopped');

    const again = await commit(file);
    expect(again.status).toBe(200);
    const created = again.body.forums.created + again.body.recommendations.created + again.body.assignments.created;
    expect(created).toBe(total - 5);
    position = again.body.position;
    const checked = await preview(file);
    expect(checked.summary).toMatchObject({ forumsToCreate: 0, recommendationsToCreate: 0, assignmentsToCreate: 0 });
    for (const row of checked.rows) expect((await call('GET', `/recommendations/${row.recommendation.id}`)).status).toBe(200);
  }, 30_000);

  it('serves the template in each language, which reads back as a file of one example row', async () => {
    for (const language of ['en', 'ru', 'tg']) {
      const template = await fetch(`${test.baseUrl}/imports/template.xlsx?language=${language}&minPosition=${position}`, {
        headers: { authorization: `Bearer ${test.coordinatorToken}` },
      });
      expect(template.status).toBe(200);
      const bytes = Buffer.from(await template.arrayBuffer());
      const checked = await preview(bytes, XLSX);
      expect(checked.summary.rows).toBe(1);
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const valid = workbook.getWorksheet('Valid values')!;
      const organisations = valid.getColumn(1).values.slice(2);
      expect(organisations).toEqual(expect.arrayContaining(DEMO_ORGANISATIONS.map((o) => o.name)));
      // The themes vocabulary's labels in the template's language (the packaged list: nothing retired or added here).
      const themes = PACKAGED_VOCABULARIES.themes.map((term) => term.labels[language as 'en' | 'ru' | 'tg']);
      expect(valid.getColumn(3).values.slice(1).filter(Boolean)).toEqual([{ en: 'Themes', ru: 'Темы', tg: 'Мавзӯъҳо' }[language], ...themes]);
      const regions = valid.getColumn(4).values.slice(2);
      expect(regions).toContain({ en: 'Khatlon', ru: 'Хатлонская область', tg: 'Вилояти Хатлон' }[language]);
    }
    const csv = await fetch(`${test.baseUrl}/imports/template.csv?language=tg`, { headers: { authorization: `Bearer ${test.coordinatorToken}` } });
    const text = await csv.text();
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(text.split('\r\n')[0]).toContain('Номи форум');
  }, 30_000);

  it('refuses a file over 10 MB, a file it cannot read, and anyone but a coordinator', async () => {
    const large = await call('POST', '/imports/preview', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'text/csv');
    expect(large).toMatchObject({ status: 413, body: { code: 'PayloadTooLarge', reason: 'ImportTooLarge' } });
    const binary = await call('POST', '/imports/preview', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'text/csv');
    expect(binary).toMatchObject({ status: 400, body: { reason: 'SpreadsheetUnreadable' } });
    const brokenWorkbook = await call('POST', '/imports/preview', Buffer.from('PK\u0003\u0004 not really a workbook'), XLSX);
    expect(brokenWorkbook).toMatchObject({ status: 400, body: { reason: 'SpreadsheetUnreadable' } });
    const noHeaders = await call('POST', '/imports/preview', Buffer.from('a,b\n1,2\n'), 'text/csv');
    expect(noHeaders).toMatchObject({ status: 400, body: { reason: 'ImportHeadersMissing', params: { missing: ['forumTitle', 'forumStartDate', 'text'] } } });
    const json = await call('POST', '/imports/commit', { rows: [] });
    expect(json).toMatchObject({ status: 415, body: { code: 'UnsupportedMediaType' } });
    const form = await call('POST', '/imports/preview', Buffer.from('a=1&b=2'), 'application/x-www-form-urlencoded');
    expect(form).toMatchObject({ status: 415, body: { code: 'UnsupportedMediaType' } });
    const viewer = await test.signIn('viewer');
    const refused = await fetch(`${test.baseUrl}/imports/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${viewer.token}`, 'content-type': 'text/csv' },
      body: 'a',
    });
    expect(refused.status).toBe(403);
  }, 30_000);
});
