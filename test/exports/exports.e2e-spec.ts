import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DemoLoader } from '../../src/demo/demo-loader';
import { DEMO_RECOMMENDATIONS } from '../../src/demo/demo-data';
import { TestApp, login, startTestApp } from '../support/test-app';
import { parseCsv } from './csv-reading';
import { PACKAGED_VOCABULARIES } from '../../src/vocabularies/packaged';

jest.setTimeout(120_000);

type Json = Record<string, unknown>;
/** How the test expects a field to be written: as it is, translated from the web's messages of a group, yes/no, a list. */
type Kind = 'text' | 'number' | 'yesNo' | 'list' | `enum:${string}` | `terms:${keyof typeof PACKAGED_VOCABULARIES}`;

/** The web interface's texts of one language (an independent source of the enumerated values' words). */
const webMessages = (language: string) =>
  new Map(
    [
      ...readFileSync(join(__dirname, '..', '..', 'src', 'web', 'public', 'messages', `${language}.js`), 'utf8').matchAll(
        /^\s+'([\w.-]+)':\s*'((?:[^'\\]|\\.)*)',?$/gm,
      ),
    ].map((m) => [m[1], m[2].replace(/\\'/g, "'")]),
  );
const BUCKETS_EN: Record<string, string> = { '0-30': '0–30 days', '31-90': '31–90 days', 'over 90': 'over 90 days' };
const STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'];
const byStatus = Object.fromEntries(STATUSES.map((s) => [`byStatus.${s}`, 'number' as Kind]));

/** Every column of each list, as the test expects it written. */
const LISTS: Record<string, Record<string, Kind>> = {
  recommendations: {
    id: 'text',
    text: 'text',
    forumId: 'text',
    forumTitle: 'text',
    priority: 'enum:priority',
    status: 'enum:status',
    responsibleOrganisationId: 'text',
    responsibleOrganisationName: 'text',
    dueDate: 'text',
    overdue: 'yesNo',
    daysOverdue: 'number',
    proposedAt: 'text',
    lastChangedAt: 'text',
    percentComplete: 'number',
    themes: 'terms:themes',
    targetRegions: 'terms:regions',
    sdgTargets: 'terms:sdgTargets',
    cedawAreas: 'terms:cedawAreas',
    mechanisms: 'terms:mechanisms',
  },
  organisations: { id: 'text', name: 'text', kind: 'enum:organisationKind', country: 'text', region: 'text', active: 'yesNo' },
  forums: {
    forumId: 'text',
    title: 'text',
    kind: 'enum:forumKind',
    startDate: 'text',
    region: 'text',
    recommendations: 'number',
    ...byStatus,
    overdue: 'number',
    implementationRate: 'number',
    medianDaysToImplementation: 'number',
  },
  scorecards: {
    organisationId: 'text',
    organisationName: 'text',
    responsibleFor: 'number',
    ...byStatus,
    overdue: 'number',
    onTimeRate: 'number',
    medianDaysToImplementation: 'number',
  },
  overdue: {
    recommendationId: 'text',
    forumId: 'text',
    responsibleOrganisationId: 'text',
    status: 'enum:status',
    dueDate: 'text',
    daysOverdue: 'number',
    bucket: 'enum:bucket',
  },
};

const english = webMessages('en');
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** What a cell of the English CSV should read, from the item the JSON list answered. */
function expectedCell(item: Json, key: string, kind: Kind): string {
  const value = key.startsWith('byStatus.') ? (item.byStatus as Json)[key.slice(9)] : item[key];
  if (value === null || value === undefined) return '';
  if (kind === 'number') return String(value);
  if (kind === 'yesNo') return value ? 'yes' : 'no';
  if (kind === 'list') return guarded((value as string[]).join('; '));
  if (kind.startsWith('terms:')) {
    // Each code as the packaged vocabulary labels it in English (the demo is tagged from the packaged lists only).
    const terms = PACKAGED_VOCABULARIES[kind.slice(6) as keyof typeof PACKAGED_VOCABULARIES];
    return guarded((value as string[]).map((code) => terms.find((term) => term.code === code)?.labels.en ?? `${code} (?)`).join('; '));
  }
  if (kind === 'enum:bucket') return BUCKETS_EN[value as string];
  if (kind.startsWith('enum:')) return english.get(`${kind.slice(5)}.${value}`) as string;
  return guarded(String(value));
}

describe('exports of the lists, over HTTP, on the demo tracker', () => {
  let app: TestApp;
  let coordinator: string;
  let donor: string;
  let stakeholder: string;
  let cwfaId: string;
  let usantForumId: string;

  const fetchAs = (token: string, path: string) => fetch(`${app.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const json = async (token: string, path: string) => {
    const response = await fetchAs(token, path);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Json & { items: Json[]; total: number };
  };
  /** Every item of a paged list through its JSON endpoint, 50 at a time (not the export's page size). */
  async function everyItem(token: string, path: string, query: string): Promise<Json[]> {
    const items: Json[] = [];
    for (let page = 1; ; page++) {
      const answer = await json(token, `${path}?${query}${query ? '&' : ''}page=${page}&pageSize=50`);
      items.push(...answer.items);
      if (items.length >= answer.total) return items;
    }
  }
  async function csv(token: string, path: string): Promise<{ response: Response; rows: string[][] }> {
    const response = await fetchAs(token, path);
    expect(response.status).toBe(200);
    // fetch's text() drops a BOM: read the bytes, and keep it.
    return { response, rows: parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())) };
  }
  const allColumns = (list: string) => Object.keys(LISTS[list]).join(',');
  const expectedRows = (list: string, items: Json[]) => items.map((item) => Object.entries(LISTS[list]).map(([key, kind]) => expectedCell(item, key, kind)));

  beforeAll(async () => {
    app = await startTestApp();
    const demo = await app.app.get(DemoLoader).load();
    const password = demo.accounts.password as string;
    coordinator = await login(app.baseUrl, 'coordinator@demo.follow-through.org', password);
    donor = await login(app.baseUrl, 'eu@demo.follow-through.org', password);
    stakeholder = await login(app.baseUrl, 'cwfa@demo.follow-through.org', password);
    const organisations = await json(coordinator, '/organisations?pageSize=100');
    cwfaId = organisations.items.find((o) => String(o.name).startsWith('Committee on Women'))?.id as string;
    const forums = (await json(coordinator, '/follow-through/forums')) as unknown as Json[];
    usantForumId = forums.find((f) => f.kind === 'conference')?.forumId as string;
    // More than one page of the export (200): the whole list must come out, with hostile text among it.
    const texts = [
      '=HYPERLINK("http://attacker.example","click") and a real recommendation',
      '+7 more shelters; "quoted", with a comma,\r\nand a new line',
      '@SUM(A1:A9) is not a formula here',
      ...Array.from({ length: 200 }, (_, i) => `Extra recommendation number ${i + 1} for paging through the export`),
    ];
    for (const text of texts) {
      const response = await fetch(`${app.baseUrl}/forums/${usantForumId}/recommendations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${coordinator}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text, themes: ['awareness'], priority: 'low' }),
      });
      expect(response.status).toBe(201);
    }
    const expected = DEMO_RECOMMENDATIONS.length + texts.length;
    for (let i = 0; (await json(coordinator, '/recommendations?pageSize=1')).total < expected && i < 200; i++) await new Promise((r) => setTimeout(r, 50));
  });
  afterAll(async () => app?.stop());

  it('exports every recommendation of the list, more than a page, with every column as the JSON list has it', async () => {
    const items = await everyItem(coordinator, '/recommendations', '');
    expect(items.length).toBeGreaterThan(200);
    const { response, rows } = await csv(coordinator, `/exports/recommendations?columns=${allColumns('recommendations')}`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="recommendations-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(rows[0]).toEqual([
      'Id',
      'Recommendation',
      'Forum id',
      'Forum',
      'Priority',
      'Status',
      'Responsible organisation id',
      'Responsible organisation',
      'Due',
      'Overdue',
      'Days overdue',
      'Proposed at',
      'Last changed at',
      'Percent complete',
      'Themes',
      'Target regions',
      'SDG targets',
      'CEDAW articles and GR 35 areas',
      'Human-rights mechanisms',
    ]);
    expect(rows.slice(1)).toEqual(expectedRows('recommendations', items));
  });

  it.each([
    ['overdue, by due date', 'overdue=true&sort=dueDate'],
    ['several statuses, newest change first', 'status=accepted,in_progress,implemented&sort=lastChangedAt&order=desc'],
    ['words in the text', 'q=referral'],
    // The demo is recorded today (its history dated in the past): as known at the end of today.
    ['as things stood at a date', `asOf=${new Date().toISOString().slice(0, 10)}&sort=status`],
    ['reopened by a dispute', 'disputed=true'],
  ])('with the filters on screen (%s), the rows are the list’s', async (_, filter) => {
    const items = await everyItem(coordinator, '/recommendations', filter);
    expect(items.length).toBeGreaterThan(0);
    const { rows } = await csv(coordinator, `/exports/recommendations?${filter}&columns=${allColumns('recommendations')}`);
    expect(rows.slice(1)).toEqual(expectedRows('recommendations', items));
  });

  it('exports the organisations, the forums, the scorecards and the overdue commitments as their lists answer them', async () => {
    const organisations = await everyItem(coordinator, '/organisations', 'kind=ngo');
    expect(organisations.length).toBeGreaterThan(1);
    expect((await csv(coordinator, `/exports/organisations?kind=ngo&columns=${allColumns('organisations')}`)).rows.slice(1)).toEqual(
      expectedRows('organisations', organisations),
    );

    const forums = (await json(coordinator, '/follow-through/forums')) as unknown as Json[];
    expect((await csv(coordinator, `/exports/forums?columns=${allColumns('forums')}`)).rows.slice(1)).toEqual(expectedRows('forums', forums));
    const searched = forums.filter((f) => String(f.title).toLowerCase().includes('khatlon'));
    expect(searched).toHaveLength(1);
    expect((await csv(coordinator, `/exports/forums?q=KHATLON&columns=${allColumns('forums')}`)).rows.slice(1)).toEqual(expectedRows('forums', searched));

    const scorecards = (await json(coordinator, '/scorecards/organisations')) as unknown as Json[];
    expect(scorecards.length).toBeGreaterThan(2);
    expect((await csv(coordinator, `/exports/scorecards?columns=${allColumns('scorecards')}`)).rows.slice(1)).toEqual(expectedRows('scorecards', scorecards));

    const overdue = (await json(coordinator, '/overdue')).commitments as Json[];
    expect(overdue.length).toBeGreaterThan(0);
    const exported = await csv(coordinator, `/exports/overdue?columns=${allColumns('overdue')}`);
    expect(exported.rows.slice(1)).toEqual(expectedRows('overdue', overdue));
    expect(exported.rows[0]).toEqual(['Recommendation id', 'Forum id', 'Responsible organisation id', 'Status', 'Due', 'Days overdue', 'Overdue by']);
  });

  it('writes the headers and the enumerated values in Russian and Tajik, the columns chosen in the order chosen', async () => {
    const ru = webMessages('ru');
    const items = await everyItem(coordinator, '/recommendations', 'status=assigned,in_progress');
    const { rows } = await csv(coordinator, '/exports/recommendations?status=assigned,in_progress&lang=ru&columns=status,text,dueDate,overdue');
    expect(rows[0]).toEqual(['Статус', 'Рекомендация', 'Срок', 'Просрочено']);
    expect(rows.slice(1)).toEqual(items.map((i) => [ru.get(`status.${i.status}`), i.text, i.dueDate ?? '', i.overdue ? 'да' : 'нет']));
    expect(new Set(rows.slice(1).map((r) => r[0]))).toEqual(new Set(['Назначена', 'В работе']));

    const tg = webMessages('tg');
    const organisations = await everyItem(coordinator, '/organisations', '');
    const shown = await csv(coordinator, '/exports/organisations?lang=tg');
    expect(shown.rows[0]).toEqual(['Ном', 'Навъ', 'Кишвар', 'Минтақа', 'Фаъол']);
    expect(shown.rows.slice(1)).toEqual(
      organisations.map((o) => [o.name, tg.get(`organisationKind.${o.kind}`), o.country, o.region ?? '', o.active ? 'ҳа' : 'не']),
    );
    expect(shown.response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('ташкилотҳо')}`);
  });

  it('neutralises what a spreadsheet would run as a formula, in CSV and in XLSX (where text stays text)', async () => {
    const { rows } = await csv(coordinator, `/exports/recommendations?q=formula&columns=text,themes`);
    expect(rows.slice(1)).toEqual([["'@SUM(A1:A9) is not a formula here", 'Awareness raising']]);
    const plus = await csv(coordinator, `/exports/recommendations?q=quoted&columns=text`);
    expect(plus.rows.slice(1)).toEqual([['\'+7 more shelters; "quoted", with a comma,\r\nand a new line']]);

    const response = await fetchAs(coordinator, `/exports/recommendations?format=xlsx&lang=ru&q=HYPERLINK&columns=text,status,daysOverdue,themes`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="recommendations-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('рекомендации');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Рекомендация', 'Статус', 'Дней просрочки', 'Темы']);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('\'=HYPERLINK("http://attacker.example","click") and a real recommendation');
    expect(sheet.getRow(2).getCell(2).value).toBe('Предложена');
    expect(sheet.getRow(2).getCell(3).value).toBe(0);
    expect(sheet.rowCount).toBe(2);
  });

  it('gives the same rows in XLSX as the list, numbers as numbers', async () => {
    const items = await everyItem(coordinator, '/recommendations', 'overdue=true');
    const response = await fetchAs(coordinator, '/exports/recommendations?format=xlsx&overdue=true&columns=id,daysOverdue,percentComplete');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row, number) => number > 1 && rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
    expect(rows).toEqual(items.map((i) => [i.id, i.daysOverdue, i.percentComplete]));
  });

  it("a donor's export holds what the donor's list shows, and nothing of forums it does not fund", async () => {
    const everything = await everyItem(coordinator, '/recommendations', '');
    const theirs = await everyItem(donor, '/recommendations', '');
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(everything.length);
    const { rows } = await csv(donor, `/exports/recommendations?columns=${allColumns('recommendations')}`);
    expect(rows.slice(1)).toEqual(expectedRows('recommendations', theirs));
    const exportedIds = new Set(rows.slice(1).map((r) => r[0]));
    for (const item of everything.filter((i) => !theirs.some((t) => t.id === i.id))) expect(exportedIds.has(item.id as string)).toBe(false);
    expect(exportedIds.size).toBe(theirs.length);

    const forums = (await json(donor, '/follow-through/forums')) as unknown as Json[];
    const exportedForums = await csv(donor, '/exports/forums?columns=forumId');
    expect(exportedForums.rows.slice(1)).toEqual(forums.map((f) => [f.forumId]));
    const scorecards = (await json(donor, '/scorecards/organisations')) as unknown as Json[];
    expect((await csv(donor, `/exports/scorecards?columns=${allColumns('scorecards')}`)).rows.slice(1)).toEqual(expectedRows('scorecards', scorecards));

    // Asking for another donor's portfolio is refused as the list refuses it.
    const inl = (await everyItem(coordinator, '/organisations', 'kind=donor')).find((o) => String(o.name).includes('INL'))?.id as string;
    for (const path of [`/recommendations?donorId=${inl}`, `/exports/recommendations?donorId=${inl}`, `/exports/overdue?donorId=${inl}`]) {
      const refused = await fetchAs(donor, path);
      expect([path, refused.status, refused.headers.get('content-type')]).toEqual([path, 403, expect.stringContaining('application/problem+json')]);
    }
  });

  it("a stakeholder's export of their commitments holds theirs only, as their list does", async () => {
    const everything = await everyItem(coordinator, '/recommendations', '');
    const theirs = await everyItem(stakeholder, '/recommendations', `organisationId=${cwfaId}`);
    expect(theirs.length).toBeGreaterThan(0);
    const { rows } = await csv(stakeholder, `/exports/recommendations?organisationId=${cwfaId}&columns=${allColumns('recommendations')}`);
    expect(rows.slice(1)).toEqual(expectedRows('recommendations', theirs));
    const others = everything.filter((i) => i.responsibleOrganisationId && i.responsibleOrganisationId !== cwfaId);
    expect(others.length).toBeGreaterThan(0);
    const exportedIds = new Set(rows.slice(1).map((r) => r[0]));
    for (const item of others) expect(exportedIds.has(item.id as string)).toBe(false);
    // Without a filter a stakeholder's list shows what it shows them, and so does the export.
    const shown = await everyItem(stakeholder, '/recommendations', '');
    expect((await csv(stakeholder, '/exports/recommendations?columns=id')).rows.slice(1)).toEqual(shown.map((i) => [i.id]));
    const overdue = (await json(stakeholder, `/overdue?organisationId=${cwfaId}`)).commitments as Json[];
    expect((await csv(stakeholder, `/exports/overdue?organisationId=${cwfaId}&columns=${allColumns('overdue')}`)).rows.slice(1)).toEqual(
      expectedRows('overdue', overdue),
    );
  });

  it.each([
    ['an unknown column', '/exports/recommendations?columns=text,password', 'columns', 'isIn'],
    ['a column twice', '/exports/organisations?columns=name,name', 'columns', 'arrayUnique'],
    ['an unknown format', '/exports/forums?format=pdf', 'format', 'isIn'],
    ['an unknown language', '/exports/scorecards?lang=de', 'lang', 'isIn'],
    ['a filter the list does not have', '/exports/overdue?status=proposed', 'status', 'whitelistValidation'],
    ['a malformed filter', '/exports/recommendations?overdue=maybe', 'overdue', 'isBoolean'],
  ])('refuses %s with a problem naming the field and the rule', async (_, path, field, rule) => {
    const response = await fetchAs(coordinator, path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; errors: { field: string; rule: string }[] };
    expect(problem.code).toBe('ValidationFailed');
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
  });

  it("names each list's columns, in order, and those the list shows", async () => {
    const described = (await json(coordinator, '/exports')) as unknown as Record<string, { columns: string[]; defaults: string[] }>;
    expect(Object.fromEntries(Object.entries(described).map(([list, { columns }]) => [list, columns]))).toEqual(
      Object.fromEntries(Object.entries(LISTS).map(([list, columns]) => [list, Object.keys(columns)])),
    );
    expect(described.organisations.defaults).toEqual(['name', 'kind', 'country', 'region', 'active']);
  });

  it('needs a signed-in user, as the lists do', async () => {
    const response = await fetch(`${app.baseUrl}/exports/recommendations`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
