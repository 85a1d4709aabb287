import { HttpClient, Reply } from '../recommendations/support/http-client';
import { TestApp, startTestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the library's entry point runs a self-test on import
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (data: Buffer) => Promise<{ text: string }>;

/**
 * The defects found on a real forum, as a history entered by hand and figures counted by hand
 * (docs/figures.md). INL's FY2026 Q1 is 1 October – 31 December 2025.
 *
 * A: claimed 20 Oct (after 60 % reported), disputed by the donor 10 Nov, due 15 Dec → in progress, overdue 16 days.
 * B: claimed 1 Nov, verified 20 Nov.
 * C: claimed 15 Oct, disputed 25 Oct, claimed again 1 Dec.
 * D: only proposed (until the last test). A, B, C proposed 2 Sep 2025, assigned to the committee 5 Sep, accepted 10 Sep.
 *
 * Implemented in the period: B and C (A's claim did not stand) = 2; verified 1; claims disputed 2;
 * rate 2 of 4 = 0.5; median days to implementation: B 60, C 90 → 75; overdue: A.
 */
const zero = { proposed: 0, assigned: 0, accepted: 0, in_progress: 0, implemented: 0, verified: 0, withdrawn: 0 };
const at = (day: string) => `${day}T09:00:00Z`;
const evidence = [{ kind: 'document', title: 'Order', reference: 'No. 7' }];

describe('a disputed claim, a re-implementation and a corrected date, counted by hand', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  let donor: HttpClient;
  let ids: { inl: string; committee: string; forum: string; a: string; b: string; c: string; d: string };
  let position: string;

  const ok = async (reply: Promise<Reply>, status = 200): Promise<Reply> => {
    const answer = await reply;
    if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
    position = answer.headers.get('x-event-position') ?? position;
    return answer;
  };
  const step = (id: string, action: string, day: string, body: object = {}, client = coordinator) =>
    ok(client.post(`/recommendations/${id}/${action}`, { ...body, effectiveAt: at(day) }));
  const report = async (query = '') =>
    (await ok(coordinator.get(`/reports/donor-accountability?donorId=${ids.inl}&period=2025-10-01..2025-12-31&position=${position}${query}`))).body;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = new HttpClient(t.baseUrl, t.coordinatorToken);
    const organisation = async (name: string, kind: string) =>
      (await ok(coordinator.post('/organisations', { name, kind, country: 'TJ' }), 201)).body.id as string;
    const inl = await organisation('Bureau of International Narcotics and Law Enforcement Affairs (INL)', 'donor');
    const committee = await organisation('Committee on Women and Family Affairs', 'committee');
    donor = new HttpClient(t.baseUrl, (await t.signIn('donor', inl)).token);
    await ok(coordinator.put(`/reports/frameworks/${inl}/profile`, { fiscalYearStartMonth: 10, template: 'inl', awardNumber: 'INL-TJ-2025-003' }));
    const forumBody = {
      title: 'Roundtable on legal aid',
      kind: 'roundtable',
      startDate: '2025-09-01',
      endDate: '2025-09-01',
      location: { country: 'TJ' },
      organisers: [{ name: 'Secretariat' }],
      funders: [inl],
    };
    const forum = (await ok(coordinator.post('/forums', forumBody), 201)).body.id as string;
    const propose = async (text: string) =>
      (
        await ok(
          coordinator.post(`/forums/${forum}/recommendations`, {
            text,
            themes: ['legal-aid'],
            targetRegions: [],
            priority: 'high',
            effectiveAt: at('2025-09-02'),
          }),
          201,
        )
      ).body.id as string;
    ids = {
      inl,
      committee,
      forum,
      a: await propose('Recommendation A'),
      b: await propose('Recommendation B'),
      c: await propose('Recommendation C'),
      d: await propose('Recommendation D'),
    };
    for (const [id, due] of [
      [ids.a, '2025-12-15'],
      [ids.b, '2026-03-31'],
      [ids.c, '2026-03-31'],
    ]) {
      await step(id, 'assign', '2025-09-05', { responsibleOrganisationId: committee, dueDate: due });
      await step(id, 'accept', '2025-09-10');
    }
    await step(ids.a, 'progress', '2025-10-05', { note: 'Draft ready', evidence: [], percentComplete: 60 });
    await step(ids.a, 'implemented', '2025-10-20', { summary: 'A done', evidence });
    await step(ids.a, 'dispute', '2025-11-10', { reason: 'The order was never signed' }, donor);
    await step(ids.b, 'implemented', '2025-11-01', { summary: 'B done', evidence });
    await step(ids.b, 'verify', '2025-11-20', { note: 'Checked' }, donor);
    await step(ids.c, 'implemented', '2025-10-15', { summary: 'C first claim', evidence });
    await step(ids.c, 'dispute', '2025-10-25', { reason: 'Only one district' }, donor);
    await step(ids.c, 'implemented', '2025-12-01', { summary: 'C all districts', evidence });
    await ok(coordinator.put(`/reports/frameworks/${inl}/targets/2025-10-01..2025-12-31`, { recommendationsImplemented: 3 }));
  }, 60_000);
  afterAll(() => t.stop());

  it('does not count a disputed claim as an implementation, in any section, and reports the disputes', async () => {
    const body = await report();
    expect(body.summary).toEqual({
      recommendations: 4,
      statusAtStart: { ...zero, proposed: 1, accepted: 3, notYetProposed: 0 },
      statusAtEnd: { ...zero, proposed: 1, in_progress: 1, implemented: 1, verified: 1 },
      implementedInPeriod: 2,
      verifiedInPeriod: 1,
      disputedInPeriod: 2,
      implementationRate: 0.5,
      overdue: { count: 1, buckets: { '0-30': 1, '31-90': 0, 'over 90': 0 } },
      medianDaysToImplementation: 75,
    });
    const indicator = body.inl.indicators.find((i: { indicator: string }) => i.indicator === 'recommendationsImplemented');
    expect(indicator).toEqual({ indicator: 'recommendationsImplemented', target: 3, actual: 2, met: false });
    expect(
      body.inl.accomplishments.map((a: { recommendationId: string; date: string; detail: string }) => [a.recommendationId, a.date, a.detail]).sort(),
    ).toEqual(
      [
        [ids.b, '2025-11-01', 'B done'],
        [ids.c, '2025-12-01', 'C all districts'],
      ].sort(),
    );
    const disputes = body.inl.goalsNotMet.setbacks.filter((s: { kind: string }) => s.kind === 'RecommendationImplementationDisputed');
    expect(disputes.map((s: { recommendationId: string; organisation: string }) => [s.recommendationId, s.organisation])).toEqual([
      [ids.c, 'Committee on Women and Family Affairs'],
      [ids.a, 'Committee on Women and Family Affairs'],
    ]);
  });

  it('shows one % complete everywhere: none after a dispute, 100 once implemented or verified', async () => {
    const body = await report();
    const percent = Object.fromEntries(body.forums[0].recommendations.map((r: { id: string; percentComplete: number | null }) => [r.id, r.percentComplete]));
    expect(percent).toEqual({ [ids.a]: null, [ids.b]: 100, [ids.c]: 100, [ids.d]: null });
    const list = await ok(coordinator.get(`/recommendations?forumId=${ids.forum}&minPosition=${position}`));
    const listed = Object.fromEntries(list.body.items.map((r: { id: string; percentComplete: number | null }) => [r.id, r.percentComplete]));
    expect(listed).toEqual(percent);
    for (const id of [ids.a, ids.b, ids.c]) expect((await ok(coordinator.get(`/recommendations/${id}`))).body.percentComplete).toBe(percent[id]);
    // Reopened by a dispute: A (C was claimed again after its dispute).
    const reopened = await ok(coordinator.get(`/recommendations?forumId=${ids.forum}&disputed=true&minPosition=${position}`));
    expect(reopened.body.items.map((r: { id: string }) => r.id)).toEqual([ids.a]);
  });

  it('prints the same figures in CSV and PDF', async () => {
    const csv = await (
      await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-10-01..2025-12-31&format=csv`, {
        headers: { authorization: `Bearer ${t.coordinatorToken}` },
      })
    ).text();
    expect(csv).toMatch(/\r\n"Implemented in the period",2\r\n/);
    expect(csv).toMatch(/\r\n"Claims disputed in the period",2\r\n/);
    // Developer fields are not among the parameters: one closing line says how to regenerate the report.
    expect(csv).not.toMatch(/\r\n"?Data position"?,/);
    expect(csv).toMatch(/\r\n"?To regenerate exactly this report, ask for it again with data position \d+\/\d+, as of [0-9T:.Z-]+, in language en\."?\r\n$/);
    const pdf = await fetch(`${t.baseUrl}/reports/donor-accountability?donorId=${ids.inl}&period=2025-10-01..2025-12-31&format=pdf`, {
      headers: { authorization: `Bearer ${t.coordinatorToken}` },
    });
    const text = (await pdfParse(Buffer.from(await pdf.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toMatch(/Implemented in the period ?2 ?Verified/);
    expect(text).toMatch(/Claims disputed in the period ?2 ?Implementation rate/);
    expect(text).toMatch(/Recommendations implemented in the period ?3 ?2 ?no/);
    expect(text).toMatch(/Implementation rate at the end of the period ?— ?50\.0 % ?no target set/);
    expect(text).toMatch(/To regenerate exactly this report, ask for it again with data position \d+\/\d+/);
  });

  it('refuses an event that would take effect before the previous one, naming both dates; a correction puts the earlier date right', async () => {
    await step(ids.d, 'assign', '2025-09-20', { responsibleOrganisationId: ids.committee, dueDate: '2026-03-31' });
    const refused = await coordinator.post(`/recommendations/${ids.d}/accept`, { effectiveAt: at('2025-09-15') });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('2025-09-15T09:00:00.000Z is before 2025-09-20T09:00:00.000Z');
    const beforeCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const reasonless = await coordinator.post(`/recommendations/${ids.d}/effective-date-corrections`, { revision: 1, effectiveAt: at('2025-09-12') });
    expect(reasonless.status).toBe(400);
    await ok(
      coordinator.post(`/recommendations/${ids.d}/effective-date-corrections`, {
        revision: 1,
        effectiveAt: at('2025-09-12'),
        reason: 'The letter is dated 12 September',
      }),
    );
    await step(ids.d, 'accept', '2025-09-15');
    const outOfOrder = await coordinator.post(`/recommendations/${ids.d}/effective-date-corrections`, {
      revision: 1,
      effectiveAt: at('2025-09-16'),
      reason: 'after the acceptance',
    });
    expect(outOfOrder.status).toBe(422);

    const history = (asOf: string) => ok(coordinator.get(`/recommendations/${ids.d}/status-history?asOf=${asOf}&minPosition=${position}`));
    const types = (reply: Reply) => reply.body.map((r: { type: string; effectiveAt: string }) => `${r.type}@${r.effectiveAt.slice(0, 10)}`);
    expect(types(await history(beforeCorrection))).toEqual(['RecommendationProposed@2025-09-02', 'RecommendationAssigned@2025-09-20']);
    expect(types(await history(new Date().toISOString()))).toEqual([
      'RecommendationProposed@2025-09-02',
      'RecommendationAssigned@2025-09-12',
      'RecommendationAccepted@2025-09-15',
    ]);
    const asAt = async (asOf: string) =>
      (
        await ok(
          coordinator.get(`/reports/donor-accountability?donorId=${ids.inl}&period=2025-09-13..2025-09-30&template=inl&asOf=${asOf}&position=${position}`),
        )
      ).body.summary.statusAtStart;
    expect((await asAt(beforeCorrection)).proposed).toBe(1);
    expect((await asAt(new Date().toISOString())).assigned).toBe(1);
  });

  it("reads periods in the donor's own year and refuses another donor's template", async () => {
    const fiscal = await ok(coordinator.get(`/reports/donor-accountability?donorId=${ids.inl}&period=FY2026-Q1&lang=ru`));
    expect(fiscal.body.header.period).toMatchObject({ from: '2025-10-01', to: '2025-12-31', description: expect.stringContaining('финансовый год Bureau') });
    expect(fiscal.body.header.awardNumber).toBe('INL-TJ-2025-003');
    expect(fiscal.body.summary.implementedInPeriod).toBe(2);
    const uk = (await ok(coordinator.post('/organisations', { name: 'UK Foreign, Commonwealth and Development Office', kind: 'donor', country: 'GB' }), 201))
      .body.id;
    const refused = await coordinator.get(`/reports/donor-accountability?donorId=${uk}&period=FY2026&template=inl&position=${position}`);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.body)).toContain('template inl is not this donor');
    expect((await ok(coordinator.get(`/reports/donor-accountability?donorId=${uk}&period=FY2026&position=${position}`))).body.header.period).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
    });
    await ok(coordinator.put(`/reports/frameworks/${uk}/profile`, { fiscalYearStartMonth: 4, template: 'standard' }));
    const april = await ok(coordinator.get(`/reports/donor-accountability?donorId=${uk}&period=FY2026&position=${position}`));
    expect(april.body.header.period).toMatchObject({
      from: '2025-04-01',
      to: '2026-03-31',
      description: 'FY2026 (fiscal year of UK Foreign, Commonwealth and Development Office, from 1 April)',
    });
    expect(april.body.parameters.template).toBe('standard');
    const badMonth = await coordinator.put(`/reports/frameworks/${uk}/profile`, { fiscalYearStartMonth: 13, template: 'standard' });
    expect(badMonth.status).toBe(400);
  });
});
