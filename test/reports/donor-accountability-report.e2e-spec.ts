import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, startTestApp } from '../support/test-app';
import { ids, writeFixedHistory } from './fixed-history';

/** Figures computed by hand from fixed-history.ts; see the comments there for the dates. */
const zero = { proposed: 0, assigned: 0, accepted: 0, in_progress: 0, implemented: 0, verified: 0, withdrawn: 0 };

describe('donor accountability report over HTTP, against a fixed history', () => {
  let t: TestApp;
  let position: string;
  const get = (path: string, token = t.coordinatorToken) => fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const report = async (query: string) => {
    const response = await get(`/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&${query}`);
    expect(response.status).toBe(200);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report as JSON; its shape is what is being checked
    return (await response.json()) as any;
  };

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ft-report-'));
    await writeFixedHistory(dataDir);
    t = await startTestApp({ DATA_DIR: dataDir });
    const targets = { recommendationsAssigned: 4, recommendationsImplemented: 2, implementationsVerified: 1, implementationRate: 0.5, overdueCommitments: 1 };
    const response = await fetch(`${t.baseUrl}/reports/frameworks/${ids.inl}/targets/2025-Q1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(targets),
    });
    expect(response.status).toBe(200);
    position = response.headers.get('x-event-position') as string;
  });
  afterAll(async () => t?.stop());

  it('summarises the period as known at the end of the next quarter, back-dated history included', async () => {
    const body = await report(`asOf=2025-03-31&position=${position}`);
    expect(body.header).toMatchObject({
      donor: { id: ids.inl, name: 'Bureau of International Narcotics and Law Enforcement Affairs (INL)' },
      programmes: ['Safe Communities'],
      period: {
        label: '2025-Q1',
        from: '2024-10-01',
        to: '2024-12-31',
        description: 'FY2025 Q1 (fiscal year of Bureau of International Narcotics and Law Enforcement Affairs (INL), from 1 October)',
      },
      awardNumber: 'INL-TJ-2024-017',
      asOf: '2025-03-31T23:59:59.999Z',
      dataPosition: position,
    });
    expect(body.parameters).toEqual({ donorId: ids.inl, period: '2025-Q1', template: 'inl', asOf: '2025-03-31T23:59:59.999Z', language: 'en', position });
    expect(body.summary).toEqual({
      recommendations: 5,
      statusAtStart: { ...zero, assigned: 3, notYetProposed: 2 },
      statusAtEnd: { ...zero, assigned: 2, in_progress: 1, verified: 1, withdrawn: 1 },
      implementedInPeriod: 1,
      verifiedInPeriod: 1,
      disputedInPeriod: 0,
      implementationRate: 0.25,
      overdue: { count: 2, buckets: { '0-30': 1, '31-90': 1, 'over 90': 0 } },
      medianDaysToImplementation: 69,
    });
    expect(body.forums.map((f: { id: string }) => f.id)).toEqual([ids.forum1]);
    expect(body.statusOverTime).toEqual([
      { date: '2024-09-30', byStatus: { ...zero, assigned: 3 } },
      { date: '2024-10-31', byStatus: { ...zero, assigned: 1, in_progress: 2 } },
      { date: '2024-11-30', byStatus: { ...zero, assigned: 2, in_progress: 1, implemented: 1 } },
      { date: '2024-12-31', byStatus: { ...zero, assigned: 2, in_progress: 1, verified: 1, withdrawn: 1 } },
    ]);
  });

  it('lists every transition of the period in the order it happened, with who, when and evidence', async () => {
    const body = await report(`asOf=2025-03-31&position=${position}`);
    const summary = body.transitions.map((t: { recommendationId: string; type: string; effectiveAt: string }) => [
      t.recommendationId.slice(-1),
      t.type.replace('Recommendation', ''),
      t.effectiveAt.slice(0, 10),
    ]);
    expect(summary).toEqual([
      ['2', 'Accepted', '2024-10-02'],
      ['3', 'Declined', '2024-10-03'],
      ['1', 'Accepted', '2024-10-05'],
      ['3', 'Assigned', '2024-10-08'],
      ['1', 'WorkStarted', '2024-10-10'],
      ['2', 'WorkStarted', '2024-10-15'],
      ['2', 'ProgressReported', '2024-10-20'],
      ['2', 'DueDateChanged', '2024-10-25'],
      ['4', 'Proposed', '2024-11-05'],
      ['4', 'Assigned', '2024-11-06'],
      ['1', 'Implemented', '2024-11-20'],
      ['1', 'ImplementationVerified', '2024-12-10'],
      ['5', 'Proposed', '2024-12-20'],
      ['5', 'Withdrawn', '2024-12-22'],
    ]);
    const implemented = body.transitions[10];
    expect(implemented).toMatchObject({
      from: 'in_progress',
      to: 'implemented',
      recordedAt: '2024-11-20T09:00:00.000Z',
      note: 'Guidelines adopted',
      actor: { organisationId: ids.committeeA, organisationName: 'Committee A', role: 'stakeholder' },
      evidence: [{ kind: 'link', title: 'Order No. 12 of the Committee', url: 'https://example.org/order-12', reference: null }],
    });
    expect(body.transitions[8].recordedAt).toBe('2025-02-01T09:00:00.000Z');
  });

  it('scores each responsible organisation, breaks down by theme and region, and lists overdue commitments with their last reason', async () => {
    const body = await report(`asOf=2025-03-31&position=${position}`);
    expect(body.scorecards).toEqual([
      {
        organisationId: ids.committeeA,
        name: 'Committee A',
        responsibleFor: 1,
        byStatus: { ...zero, verified: 1 },
        overdue: 0,
        onTimeRate: 1,
        medianDaysToImplementation: 69,
      },
      {
        organisationId: ids.ngoB,
        name: 'NGO B',
        responsibleFor: 3,
        byStatus: { ...zero, assigned: 2, in_progress: 1 },
        overdue: 2,
        onTimeRate: null,
        medianDaysToImplementation: null,
      },
    ]);
    expect(
      body.byTheme.map((b: { key: string; recommendations: number; overdue: number; implementationRate: number | null }) => [
        b.key,
        b.recommendations,
        b.overdue,
        b.implementationRate,
      ]),
    ).toEqual([
      ['data', 1, 0, null],
      ['laws-and-policies', 1, 0, 0],
      ['legal-aid', 1, 0, 1],
      ['prevention', 1, 1, 0],
      ['services', 2, 1, 0.5],
    ]);
    expect(
      body.byRegion.map((b: { key: string; recommendations: number; overdue: number; implementationRate: number | null }) => [
        b.key,
        b.recommendations,
        b.overdue,
        b.implementationRate,
      ]),
    ).toEqual([
      ['Dushanbe', 2, 1, 0],
      ['Khatlon', 3, 2, 0.3333],
      ['Sughd', 1, 0, null],
    ]);
    expect(
      body.overdueCommitments.map((o: { recommendationId: string; dueDate: string; daysOverdue: number; bucket: string; lastReason: unknown }) => [
        o.recommendationId,
        o.dueDate,
        o.daysOverdue,
        o.bucket,
        o.lastReason,
      ]),
    ).toEqual([
      [ids.r2, '2024-11-15', 46, '31-90', { note: 'Trainers unavailable', effectiveAt: '2024-10-25T09:00:00.000Z' }],
      [ids.r4, '2024-12-15', 16, '0-30', null],
    ]);
  });

  it("fills INL's indicator table from the targets coordinators set, and its narrative from the record", async () => {
    const { inl } = await report(`asOf=2025-03-31&position=${position}`);
    expect(inl.indicators).toEqual([
      { indicator: 'recommendationsAssigned', target: 4, actual: 4, met: true },
      { indicator: 'recommendationsImplemented', target: 2, actual: 1, met: false },
      { indicator: 'implementationsVerified', target: 1, actual: 1, met: true },
      { indicator: 'implementationRate', target: 0.5, actual: 0.25, met: false },
      { indicator: 'overdueCommitments', target: 1, actual: 2, met: false },
    ]);
    expect(inl.accomplishments).toEqual([
      {
        recommendationId: ids.r1,
        text: 'Adopt referral guidelines for survivors',
        organisation: 'Committee A',
        date: '2024-11-20',
        detail: 'Guidelines adopted',
      },
    ]); // dated by the implementation, not its verification
    expect(inl.goalsNotMet.indicators.map((i: { indicator: string }) => i.indicator)).toEqual([
      'recommendationsImplemented',
      'implementationRate',
      'overdueCommitments',
    ]);
    expect(
      inl.goalsNotMet.setbacks.map((s: { kind: string; recommendationId: string; detail: string | null }) => [s.kind, s.recommendationId, s.detail]),
    ).toEqual([
      ['overdue', ids.r2, 'Trainers unavailable'],
      ['overdue', ids.r4, null],
      ['RecommendationDeclined', ids.r3, 'Outside our mandate'],
      ['RecommendationDueDateChanged', ids.r2, 'Trainers unavailable'],
    ]);
    expect(inl.nextSteps.map((s: { recommendationId: string; date: string }) => [s.recommendationId, s.date])).toEqual([
      [ids.r2, '2024-11-15'],
      [ids.r4, '2024-12-15'],
      [ids.r3, '2025-03-31'],
    ]);
  });

  it('as of a date inside the period: only what had happened and been recorded by then', async () => {
    const body = await report(`asOf=2024-12-01&position=${position}`);
    expect(body.summary).toEqual({
      recommendations: 3,
      statusAtStart: { ...zero, assigned: 3, notYetProposed: 0 },
      statusAtEnd: { ...zero, assigned: 1, in_progress: 1, implemented: 1 },
      implementedInPeriod: 1,
      verifiedInPeriod: 0,
      disputedInPeriod: 0,
      implementationRate: 0.3333,
      overdue: { count: 1, buckets: { '0-30': 1, '31-90': 0, 'over 90': 0 } },
      medianDaysToImplementation: 69,
    });
    expect(body.transitions).toHaveLength(9);
  });

  it('gives byte-identical JSON and CSV for the same position and parameters', async () => {
    for (const format of ['json', 'csv']) {
      const query = `/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&asOf=2025-03-31&position=${position}&format=${format}`;
      const first = Buffer.from(await (await get(query)).arrayBuffer());
      const second = Buffer.from(await (await get(query)).arrayBuffer());
      expect(first.length).toBeGreaterThan(500);
      expect(first.equals(second)).toBe(true);
    }
  });

  it('regenerates an earlier report from its data position after the store has moved on', async () => {
    const before = await (await get(`/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&position=${position}&asOf=2025-03-31`)).text();
    const mapping = await fetch(`${t.baseUrl}/reports/frameworks/${ids.inl}/targets/2025-Q1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recommendationsImplemented: 1 }),
    });
    expect(mapping.status).toBe(200);
    const later = mapping.headers.get('x-event-position') as string;
    const now = await report(`asOf=2025-03-31&position=${later}`);
    expect(now.inl.indicators[1]).toEqual({ indicator: 'recommendationsImplemented', target: 1, actual: 1, met: true });
    const again = await (await get(`/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q1&position=${position}&asOf=2025-03-31`)).text();
    expect(again).toBe(before);
  });

  it("groups the EU's portfolio by Spotlight pillar, by the built-in mapping until coordinators set theirs", async () => {
    const eu = async (minPosition = position) => {
      const response = await get(`/reports/donor-accountability?donorId=${ids.eu}&period=2024&asOf=2025-03-31&position=${minPosition}`);
      expect(response.status).toBe(200);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report as JSON, read as a client would
      return ((await response.json()) as any).eu;
    };
    const before = await eu();
    expect(before.pillars.map((p: { pillar: string; recommendations: number }) => [p.pillar, p.recommendations])).toEqual([
      ['laws_and_policies', 0],
      ['institutions', 0],
      ['prevention', 0],
      ['services', 1],
      ['data', 0],
      ['womens_movements', 0],
    ]);
    const mapped = await fetch(`${t.baseUrl}/reports/frameworks/${ids.eu}/pillar-mapping`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mapping: { 'legal-aid': 'institutions' } }),
    });
    expect(mapped.status).toBe(200);
    const after = await eu(mapped.headers.get('x-event-position') as string);
    expect(after.pillars.find((p: { pillar: string }) => p.pillar === 'institutions')).toMatchObject({
      recommendations: 1,
      themes: ['legal-aid'],
      byStatus: { assigned: 1 },
    });
    expect(after.resultsFramework.map((r: { indicator: string }) => r.indicator)).toContain('pillar:institutions');
  });

  it('refuses bad parameters with a message naming the field, and a mapping to a pillar that does not exist', async () => {
    const bad = await get(`/reports/donor-accountability?donorId=${ids.inl}&period=2025-Q7&format=docx&lang=fr`);
    expect(bad.status).toBe(400);
    const messages = ((await bad.json()) as { message: string[] }).message.join(' | ');
    expect(messages).toMatch(/period must look like 2025-Q1/);
    expect(messages).toMatch(/format must be one of: json, csv, xlsx, html, pdf/);
    expect(messages).toMatch(/lang must be one of: en, ru, tg/);
    const wrongDonor = await get(`/reports/donor-accountability?donorId=${ids.committeeA}&period=2025&template=eu`);
    expect(wrongDonor.status).toBe(400);
    expect(((await wrongDonor.json()) as { message: string }).message).toMatch(/donorId must be a donor organisation; .* is a committee/);
    const mapping = await fetch(`${t.baseUrl}/reports/frameworks/${ids.eu}/pillar-mapping`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mapping: { 'legal-aid': 'justice' } }),
    });
    expect(mapping.status).toBe(400);
    expect(((await mapping.json()) as { message: string[] }).message.join()).toMatch(/mapping must map each theme .* to one of: laws_and_policies/);
    const notDonor = await fetch(`${t.baseUrl}/reports/frameworks/${ids.ngoB}/targets/2025`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${t.coordinatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recommendationsImplemented: 3 }),
    });
    expect(notDonor.status).toBe(422);
  });
});
