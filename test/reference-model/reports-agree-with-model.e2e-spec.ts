import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { HttpClient, Reply } from '../recommendations/support/http-client';
import { TestApp, startTestApp } from '../support/test-app';
import { LoggedEvent, readEventLog } from './event-log';
import { AFTER, GeneratedHistory, NEXT, Question, Step, day, historyArbitrary } from './generated-history';
import { referencePeriod } from './reference-periods';
import { ReferenceModel, percentOf } from './reference-model';
import { referenceDonorReport, referenceScorecard } from './reference-reports';
import { comparableDonorReport, comparableFollowThrough, sectionsThatDiffer } from './comparable';

/**
 * Differential test: random histories written through the real app over HTTP, then every figure of the
 * donor report (and the follow-through report, the status history and the list) compared with the
 * reference model's reading of the raw event log. REFERENCE_MODEL_RUNS sets the number of histories,
 * REFERENCE_MODEL_SEED replays a run, REFERENCE_MODEL_SURVEY counts disagreements by section instead of failing.
 */
const RUNS = Number(process.env.REFERENCE_MODEL_RUNS ?? 200);
const NOW = Date.now();
const TODAY = new Date(NOW).toISOString().slice(0, 10);

interface Sent {
  path: string;
  body: object;
  key: string;
}

interface Tracked {
  id: string;
  status: string;
  lastEffective: number;
  responsible: string | null;
}

describe('reports agree with an independent reference model (differential, fast-check)', () => {
  let app: TestApp;
  let coordinator: HttpClient;
  let organisations: string[];
  let run = 0;
  let corrections = 0;
  let refusedBackwards = 0;

  beforeAll(async () => {
    app = await startTestApp();
    coordinator = new HttpClient(app.baseUrl, app.coordinatorToken);
    organisations = [];
    for (const name of ['Committee on Women and Family Affairs', 'State Legal Aid Centre', 'Ministry of Education']) {
      organisations.push(await created(coordinator.post('/organisations', { name, kind: 'committee', country: 'TJ' })));
    }
  }, 60_000);
  afterAll(() => app.stop());

  async function send(path: string, body: object, key: string = randomUUID()): Promise<Reply> {
    const reply = await coordinator.post(path, body, { 'idempotency-key': key });
    if (reply.status >= 500 || ![200, 201, 409, 412, 422].includes(reply.status)) {
      throw new Error(`POST ${path} ${JSON.stringify(body)} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    }
    return reply;
  }

  function bodyFor(action: string, r: Tracked, step: Step, effectiveAt: string): object | null {
    const at = { effectiveAt };
    const due = day(effectiveAt.slice(0, 10), 30 + (step.pick % 6) * 60);
    const other = organisations.filter((o) => o !== r.responsible)[step.pick % 2];
    switch (action) {
      case 'assign':
        return { ...at, responsibleOrganisationId: organisations[step.pick % 3], dueDate: due };
      case 'reassign':
        return { ...at, responsibleOrganisationId: other, reason: 'The mandate moved', ...(step.pick % 2 ? { dueDate: due } : {}) };
      case 'due-date':
        return { ...at, dueDate: due, reason: 'The budget arrives later' };
      case 'progress':
        return { ...at, note: `Progress ${step.pick}`, evidence: [], percentComplete: step.percent };
      case 'implemented':
        return { ...at, summary: `Done (${step.pick})`, evidence: [{ kind: 'document', title: 'Order', reference: `No. ${step.pick}` }] };
      case 'verify':
        return { ...at, note: 'Checked' };
      case 'dispute':
      case 'decline':
      case 'withdraw':
        return { ...at, reason: `Reason ${step.pick}` };
      default:
        return at;
    }
  }

  function actionFor(step: Step, r: Tracked): string | null {
    if (step.move === 'due-date') return ['assigned', 'accepted', 'in_progress'].includes(r.status) ? 'due-date' : null;
    if (step.move === 'withdraw') return ['verified', 'withdrawn'].includes(r.status) ? null : 'withdraw';
    const options = NEXT[r.status];
    return options.length ? options[step.pick % options.length] : null;
  }

  async function write(h: GeneratedHistory): Promise<{ donorId: string; forumId: string; tracked: Tracked[] }> {
    run += 1;
    const donorId = await created(coordinator.post('/organisations', { name: `Donor ${run}`, kind: 'donor', country: 'US' }));
    const profile = await coordinator.put(`/reports/frameworks/${donorId}/profile`, { fiscalYearStartMonth: h.fiscalYearStartMonth, template: 'inl' });
    if (profile.status !== 200) throw new Error(`profile answered ${profile.status}: ${JSON.stringify(profile.body)}`);
    const forumId = await created(
      coordinator.post('/forums', {
        title: `Forum ${run}`,
        kind: 'roundtable',
        startDate: h.forumStart,
        endDate: h.forumStart,
        location: { country: 'TJ' },
        organisers: [{ name: 'Secretariat' }],
        funders: [donorId],
      }),
    );
    const tracked: Tracked[] = [];
    for (const [i, r] of h.recommendations.entries()) {
      const effective = Date.parse(`${day(h.forumStart, r.offsetDays)}T09:00:00Z`);
      const body = {
        text: `Recommendation ${run}.${i}`,
        themes: r.themes,
        targetRegions: r.regions,
        priority: 'medium',
        effectiveAt: new Date(effective).toISOString(),
      };
      tracked.push({
        id: await created(coordinator.post(`/forums/${forumId}/recommendations`, body)),
        status: 'proposed',
        lastEffective: effective,
        responsible: null,
      });
    }
    let last: Sent | null = null;
    for (const [n, step] of h.steps.entries()) {
      if (step.move === 'retry') {
        if (last) await send(last.path, last.body, last.key);
        continue;
      }
      const r = tracked[step.recommendation % tracked.length];
      if (step.move === 'correct') {
        await correctAnEarlierDate(r, step);
        continue;
      }
      const action = actionFor(step, r);
      if (!action) continue;
      const effective = Math.min(r.lastEffective + step.gapDays * 86_400_000 + n * 60_000, NOW - 60_000);
      const body = bodyFor(action, r, step, new Date(effective).toISOString()) as object;
      last = { path: `/recommendations/${r.id}/${action}`, body, key: randomUUID() as string };
      const reply = await send(last.path, last.body, last.key);
      if (reply.status === 422 && /took effect; give a time at or after it/.test(JSON.stringify(reply.body))) refusedBackwards += 1;
      if (reply.status !== 200) continue;
      r.status = AFTER[action] ?? r.status;
      r.lastEffective = effective;
      if (action === 'assign' || action === 'reassign') r.responsible = (body as { responsibleOrganisationId: string }).responsibleOrganisationId;
      if (action === 'decline') r.responsible = null;
    }
    return { donorId, forumId, tracked };
  }

  /** Moves an earlier event's effective time halfway back towards the event before it. */
  async function correctAnEarlierDate(r: Tracked, step: Step): Promise<void> {
    const { body } = await coordinator.get(`/recommendations/${r.id}`);
    const history = body.history as { revision: string; type: string; data: { revision: number; effectiveAt: string }; metadata: { effectiveAt: string } }[];
    const corrected = new Map(history.filter((e) => e.type === CORRECTION).map((e) => [e.data.revision, e.data.effectiveAt]));
    const events = history
      .filter((e) => e.type !== CORRECTION)
      .map((e) => ({ revision: Number(e.revision), at: Date.parse(corrected.get(Number(e.revision)) ?? e.metadata.effectiveAt) }));
    const i = 1 + (step.pick % Math.max(1, events.length - 1));
    if (i >= events.length || events[i].at - events[i - 1].at < 2) return;
    const effectiveAt = new Date(Math.floor((events[i].at + events[i - 1].at) / 2)).toISOString();
    const reply = await send(`/recommendations/${r.id}/effective-date-corrections`, {
      revision: events[i].revision,
      effectiveAt,
      reason: 'Entered with the wrong date',
    });
    if (reply.status !== 200) throw new Error(`a correction between its neighbours was refused: ${JSON.stringify(reply.body)}`);
    corrections += 1;
    if (i === events.length - 1) r.lastEffective = Date.parse(effectiveAt);
  }

  const surveyed = new Map<string, number>();
  const examples: string[] = [];

  it('gives the figures the reference model computes from the raw event log, for random periods, as-of dates and positions', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, async (h) => {
        const { donorId, forumId, tracked } = await write(h);
        const log = readEventLog(app.dataDir);
        const streams = new Set([`forum-${forumId}`, ...tracked.map((t) => `recommendation-${t.id}`)]);
        const own: LoggedEvent[] = log.filter((e) => streams.has(e.stream));
        const model = new ReferenceModel(log);
        const lastPosition = own[own.length - 1].position;
        const differences: string[] = [];
        for (const q of h.questions) {
          const { label, from, to } = periodOf(q, h);
          if (to < from) continue;
          const asOf = q.asOfPick === null ? `${TODAY}T23:59:59.999Z` : own[q.asOfPick % own.length].recordedAt;
          const position = q.positionPick === null ? lastPosition : own[q.positionPick % own.length].position;
          const query = `donorId=${donorId}&period=${label}&asOf=${asOf}&position=${position}/${position}`;
          const reply = await coordinator.get(`/reports/donor-accountability?${query}`);
          if (reply.status !== 200) throw new Error(`report answered ${reply.status}: ${JSON.stringify(reply.body)}`);
          const expected = referenceDonorReport(model, { donorId, from, to, asOf, position });
          differences.push(...sectionsThatDiffer(comparableDonorReport(reply.body), expected).map((s) => `donor report: ${s}`));
          const { from: realFrom, to: realTo } = reply.body.header.period;
          if (realFrom !== from || realTo !== to) differences.push(`period: ${label} read as ${realFrom}..${realTo}, not ${from}..${to}`);
        }
        differences.push(...(await followThroughDifferences(model, forumId, donorId, lastPosition)));
        differences.push(...(await historyDifferences(model, tracked, own, h)));
        differences.push(...(await listDifferences(model, forumId, lastPosition)));
        differences.push(...(await scorecardDifferences(model, organisations[run % organisations.length], lastPosition)));
        if (process.env.REFERENCE_MODEL_SURVEY) {
          for (const d of new Set(differences.map((x) => x.split(':').slice(0, 2).join(':')))) {
            if (!surveyed.has(d)) examples.push(differences.find((x) => x.startsWith(d)) as string);
            surveyed.set(d, (surveyed.get(d) ?? 0) + 1);
          }
          return;
        }
        expect(differences).toEqual([]);
      }),
      { numRuns: RUNS, ...(process.env.REFERENCE_MODEL_SEED ? { seed: Number(process.env.REFERENCE_MODEL_SEED) } : {}) },
    );
    expectEveryKindOfHistory(readEventLog(app.dataDir), { corrections, refusedBackwards });
    if (process.env.REFERENCE_MODEL_SURVEY) console.log('histories with a disagreement, by section:', Object.fromEntries(surveyed), examples.join('\n\n'));
  }, 1_200_000);

  it('keeps its metamorphic relations: a report at a position stays byte for byte, as of before a change it is the report without it, adjacent periods add up', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, fc.integer({ min: 1, max: 300 }), async (h, split) => {
        const { donorId, forumId } = await write(h);
        const base = `/reports/donor-accountability?donorId=${donorId}`;
        const log = readEventLog(app.dataDir);
        const position = log[log.length - 1].position;
        const asOfBefore = log[log.length - 1].recordedAt;
        const from = h.forumStart;
        const to = TODAY;
        const mid = [day(from, split), to].sort()[0];
        const at = `&position=${position}/${position}`;
        const json = async (query: string) => (await coordinator.get(`${base}&${query}`)).body;
        const text = async (query: string) =>
          (await fetch(`${app.baseUrl}${base}&${query}`, { headers: { authorization: `Bearer ${app.coordinatorToken}` } })).text();

        const csvBefore = await text(`period=${from}..${to}&format=csv${at}`);
        const withoutChange = await json(`period=${from}..${to}&asOf=${asOfBefore}${at}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
        await created(
          coordinator.post(`/forums/${forumId}/recommendations`, { text: 'A later change', themes: ['awareness'], targetRegions: [], priority: 'low' }),
        );
        const after = readEventLog(app.dataDir);
        const now = after[after.length - 1].position;

        expect(await text(`period=${from}..${to}&format=csv${at}`)).toBe(csvBefore);
        const asOfBeforeChange = await json(`period=${from}..${to}&asOf=${asOfBefore}&position=${now}/${now}`);
        expect({ ...asOfBeforeChange, parameters: null, header: null }).toEqual({ ...withoutChange, parameters: null, header: null });

        const whole = await json(`period=${from}..${to}${at}`);
        const first = await json(`period=${from}..${mid}${at}`);
        const second = mid < to ? await json(`period=${day(mid, 1)}..${to}${at}`) : null;
        const parts = second ? [first, second] : [first];
        const sum = (key: 'disputedInPeriod' | 'verifiedInPeriod') => parts.reduce((n, r) => n + r.summary[key], 0);
        expect({ disputed: sum('disputedInPeriod'), verified: sum('verifiedInPeriod') }).toEqual({
          disputed: whole.summary.disputedInPeriod,
          verified: whole.summary.verifiedInPeriod,
        });
        expect(parts.flatMap((r) => r.transitions)).toEqual(whole.transitions);
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 5)) },
    );
  }, 600_000);

  async function followThroughDifferences(model: ReferenceModel, forumId: string, donorId: string, position: number): Promise<string[]> {
    const asOf = `${TODAY}T23:59:59.999Z`;
    const reply = await coordinator.get(`/reports/forums/${forumId}/follow-through?asOf=${asOf}&position=${position}/${position}`);
    const expected = referenceDonorReport(model, { donorId, from: '0001-01-01', to: TODAY, asOf, position }, false);
    return sectionsThatDiffer(comparableFollowThrough(reply.body), comparableFollowThrough({ summary: expected.summary, forum: expected.forums[0] }, true)).map(
      (s) => `follow-through: ${s}`,
    );
  }

  async function historyDifferences(model: ReferenceModel, tracked: Tracked[], own: LoggedEvent[], h: GeneratedHistory): Promise<string[]> {
    const asOf = own[(h.questions[0].asOfPick ?? own.length - 1) % own.length].recordedAt;
    const differences: string[] = [];
    for (const t of tracked) {
      const reply = await coordinator.get(`/recommendations/${t.id}/status-history?asOf=${asOf}`);
      const actual = (reply.body as { type: string; effectiveAt: string }[]).map((x) => ({ type: x.type, effectiveAt: x.effectiveAt }));
      const expected = model
        .happenings(t.id, { asOf, position: Number.MAX_SAFE_INTEGER })
        .sort((a, b) => a.event.position - b.event.position)
        .map((x) => ({ type: x.event.type, effectiveAt: x.effectiveAt }));
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        differences.push(`status history: asOf ignored or wrong: ${JSON.stringify({ actual, expected })}`);
    }
    return differences;
  }

  async function scorecardDifferences(model: ReferenceModel, organisationId: string, position: number): Promise<string[]> {
    const asOf = `${TODAY}T23:59:59.999Z`;
    const reply = await coordinator.get(`/reports/organisations/${organisationId}/scorecard?asOf=${asOf}&position=${position}/${position}`);
    const expected = referenceScorecard(model, organisationId, { asOf, position });
    const actual = {
      scorecard: reply.body.scorecard && { ...reply.body.scorecard, name: undefined },
      commitments: reply.body.commitments
        .map((c: { id: string; statusAtEnd: string; percentComplete: number | null; implementedAt: string | null; dueDate: string | null }) => ({
          id: c.id,
          statusAtEnd: c.statusAtEnd,
          percentComplete: c.percentComplete,
          implementedAt: c.implementedAt,
          dueDate: c.dueDate,
        }))
        .sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)),
      overdue: reply.body.overdueCommitments.map((o: { recommendationId: string; daysOverdue: number }) => [o.recommendationId, o.daysOverdue]),
    };
    return sectionsThatDiffer(JSON.parse(JSON.stringify(actual)), expected).map((s) => `organisation scorecard: ${s}`);
  }

  async function listDifferences(model: ReferenceModel, forumId: string, position: number): Promise<string[]> {
    const reply = await coordinator.get(`/recommendations?forumId=${forumId}&pageSize=100&minPosition=${position}/${position}`);
    const now = new Date().toISOString();
    const differences: string[] = [];
    for (const item of reply.body.items as { id: string; status: string; percentComplete: number | null; dueDate: string | null }[]) {
      const s = model.standAt(item.id, { asOf: now, position: Number.MAX_SAFE_INTEGER }, now);
      const expected = { status: s?.status, percentComplete: s && percentOf(s), dueDate: s?.dueDate };
      const actual = { status: item.status, percentComplete: item.percentComplete, dueDate: item.dueDate };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) differences.push(`list: percent or status: ${JSON.stringify({ actual, expected })}`);
    }
    return differences;
  }
});

const CORRECTION = 'RecommendationEffectiveDateCorrected';

/** The generated histories reached the cases the definitions are about. */
function expectEveryKindOfHistory(log: LoggedEvent[], { corrections, refusedBackwards }: { corrections: number; refusedBackwards: number }): void {
  const types = new Set(log.map((e) => e.type));
  const reimplemented = [...new Set(log.filter((e) => e.type === 'RecommendationImplemented').map((e) => e.stream))].filter(
    (stream) => log.filter((e) => e.stream === stream && e.type === 'RecommendationImplemented').length > 1,
  );
  for (const type of [
    'RecommendationDeclined',
    'RecommendationReassigned',
    'RecommendationDueDateChanged',
    'RecommendationImplementationDisputed',
    'RecommendationImplementationVerified',
    'RecommendationWithdrawn',
    CORRECTION,
  ]) {
    expect({ type, seen: types.has(type) }).toEqual({ type, seen: true });
  }
  if (RUNS >= 100)
    expect({ reimplemented: reimplemented.length > 0, corrections: corrections > 0, refusedBackwards: refusedBackwards > 0 }).toEqual({
      reimplemented: true,
      corrections: true,
      refusedBackwards: true,
    });
}

/** A range from the forum's start (up to today), or a year, half or quarter of the donor's fiscal year around it. */
function periodOf(q: Question, h: GeneratedHistory): { label: string; from: string; to: string } {
  if (q.kind === 'range') {
    const from = day(h.forumStart, q.fromOffset);
    const to = [day(from, q.lengthDays), TODAY].sort()[0];
    return { label: `${from}..${to}`, from, to };
  }
  const fiscalYear = Number(day(h.forumStart, q.fromOffset).slice(0, 4)) + (q.lengthDays % 2);
  const part = q.kind === 'half' ? 1 + (q.part % 2) : q.kind === 'quarter' ? q.part : 1;
  return referencePeriod(q.kind, fiscalYear, part, h.fiscalYearStartMonth);
}

async function created(reply: Promise<Reply>): Promise<string> {
  const { status, body } = await reply;
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`);
  return body.id as string;
}
