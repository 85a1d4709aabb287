import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedEvent } from '../../../src/event-store/event-store.port';
import { ReadModelFile } from '../../../src/projections/read-model-file';
import { trackerProjection } from '../../../src/projections/read-models/tracker/tracker.projection';
import { PlainEvent } from '../donor-report-model';

/**
 * Random tracker histories written as the aggregates write them (declines, reassignments, disputes, withdrawals,
 * late entries, corrected effective dates and themes, events on a month's first and last instant), and the tracker
 * read model made from them: shared by the donor report's reference test and the as-of one.
 */

export const DAY = 86_400_000;
const THEMES = ['legal-aid', 'awareness', 'data', 'laws-and-policies', 'civil-society', 'training', 'sports'];
/** Written out by hand from the built-in words (spotlight-pillars.ts): `sports` names no pillar. */
export const PILLAR_OF_THEME: Record<string, string> = {
  'legal-aid': 'services',
  awareness: 'prevention',
  data: 'data',
  'laws-and-policies': 'laws_and_policies',
  'civil-society': 'womens_movements',
  training: 'institutions',
  shelters: 'services',
  services: 'services',
  prevention: 'prevention',
};
const ORGANISATIONS = ['org-a', 'org-b', 'org-c'];
const FORUM_FUNDERS = [['donor-d'], ['donor-x'], ['donor-d', 'donor-x']];

export interface Draft {
  stream: string;
  type: string;
  data: Record<string, unknown>;
  effectiveAt: number;
  recordedAt: number;
}

type Kind = 'next' | 'correct-date' | 'correct-content';
interface StepPick {
  kind: Kind;
  pick: number;
  gapDays: number;
  lateDays: number;
}

const stepArbitrary: fc.Arbitrary<StepPick> = fc.record({
  kind: fc.oneof({ weight: 10, arbitrary: fc.constant<Kind>('next') }, fc.constant<Kind>('correct-date'), fc.constant<Kind>('correct-content')),
  pick: fc.nat({ max: 99 }),
  gapDays: fc.oneof(fc.constant(0), fc.nat({ max: 60 })),
  lateDays: fc.oneof({ weight: 7, arbitrary: fc.constant(0) }, fc.nat({ max: 50 })),
});

export interface LifePick {
  forum: number;
  themes: string[];
  offsetDays: number;
  steps: StepPick[];
}

export const recommendationArbitrary: fc.Arbitrary<LifePick> = fc.record({
  forum: fc.nat({ max: 2 }),
  themes: fc.subarray(THEMES, { minLength: 1, maxLength: 2 }),
  offsetDays: fc.nat({ max: 400 }),
  steps: fc.array(stepArbitrary, { maxLength: 14 }),
});

/** The next actions a recommendation in a status allows, as [event type, data]. */
function nextActions(status: string, responsible: string | null, due: string | null, pick: number): [string, Record<string, unknown>][] {
  const other = ORGANISATIONS[(ORGANISATIONS.indexOf(responsible ?? 'org-a') + 1 + (pick % 2)) % ORGANISATIONS.length];
  const dueDate = `202${4 + (pick % 3)}-0${1 + (pick % 9)}-15`;
  const assign: [string, Record<string, unknown>] = ['RecommendationAssigned', { responsibleOrganisationId: other, supportingOrganisationIds: [], dueDate }];
  const reassign: [string, Record<string, unknown>] = [
    'RecommendationReassigned',
    { previousOrganisationId: responsible, responsibleOrganisationId: other, dueDate: pick % 2 ? dueDate : due, reason: 'Moved to another ministry' },
  ];
  const dueChange: [string, Record<string, unknown>] = ['RecommendationDueDateChanged', { previousDueDate: due, dueDate, reason: 'Budget next quarter' }];
  const withdraw: [string, Record<string, unknown>] = ['RecommendationWithdrawn', { reason: 'Merged', previousStatus: status }];
  const by = { organisationId: responsible };
  const progress: [string, Record<string, unknown>] = [
    'RecommendationProgressReported',
    {
      note: `Report ${pick}`,
      evidence: pick % 3 ? [] : [{ kind: 'link', title: 'Photos', url: 'https://example.org/p', reference: null }],
      percentComplete: pick % 4 ? (pick % 10) * 10 : null,
    },
  ];
  const implement: [string, Record<string, unknown>] = ['RecommendationImplemented', { ...by, summary: `Order ${pick} signed`, evidence: [] }];
  switch (status) {
    case 'proposed':
      return [assign, assign, withdraw];
    case 'assigned':
      return [
        ['RecommendationAccepted', by],
        ['RecommendationAccepted', by],
        ['RecommendationDeclined', { ...by, reason: 'Outside our mandate' }],
        reassign,
        dueChange,
        withdraw,
      ];
    case 'accepted':
      return [['RecommendationWorkStarted', by], ['RecommendationWorkStarted', by], dueChange, reassign, withdraw];
    case 'in_progress':
      return [progress, progress, implement, implement, dueChange, reassign, withdraw];
    case 'implemented':
      return [
        ['RecommendationImplementationVerified', { note: null }],
        ['RecommendationImplementationDisputed', { reason: 'Not yet in force' }],
        implement,
        withdraw,
      ];
    default:
      return [];
  }
}

/** One recommendation's life as its aggregate would record it: times that never run backwards, some entered late, some corrected. */
function recommendationLife(index: number, r: LifePick): Draft[] {
  const id = `rec-${index}`;
  const stream = `recommendation-${id}`;
  const drafts: Draft[] = [];
  const times: number[] = [];
  let themes = r.themes;
  let effective = Date.parse('2023-01-16T09:00:00.000Z') + r.offsetDays * DAY + index * 60_000;
  let recorded = effective + 3_600_000;
  const add = (type: string, data: Record<string, unknown>, at: number, lateDays: number) => {
    recorded = Math.max(at + lateDays * DAY + 3_600_000, recorded + 60_000);
    drafts.push({ stream, type, data: { recommendationId: id, ...data }, effectiveAt: at, recordedAt: recorded });
    if (!type.endsWith('Corrected')) times[drafts.length - 1] = at;
  };
  const forumId = `f${r.forum}`;
  add('RecommendationProposed', { forumId, text: `Recommendation ${index}`, themes, targetRegions: ['Sughd'], priority: 'high' }, effective, 0);
  let state = { status: 'proposed', responsible: null as string | null, due: null as string | null };
  for (const step of r.steps) {
    if (step.kind === 'correct-date') {
      const revisions = times.flatMap((t, revision) => (t === undefined ? [] : [revision]));
      const revision = revisions[step.pick % revisions.length];
      const earlier = revisions.filter((x) => x < revision).pop();
      const later = revisions.find((x) => x > revision);
      const low = earlier === undefined ? times[revision] - 20 * DAY : times[earlier];
      const high = later === undefined ? Math.min(times[revision] + 20 * DAY, recorded) : times[later];
      const corrected = low + Math.floor(((high - low) * step.pick) / 100);
      if (corrected === times[revision] || corrected > recorded) continue;
      const type = drafts[revision].type;
      add(
        'RecommendationEffectiveDateCorrected',
        {
          revision,
          eventType: type,
          previousEffectiveAt: new Date(times[revision]).toISOString(),
          effectiveAt: new Date(corrected).toISOString(),
          reason: 'Wrong date',
        },
        recorded,
        0,
      );
      times[revision] = corrected;
      effective = Math.max(...times.filter((t) => t !== undefined));
      continue;
    }
    if (step.kind === 'correct-content') {
      const changed = THEMES.filter((_, i) => (step.pick >> i) % 2 === 1).slice(0, 2);
      if (changed.length === 0 || changed.join() === themes.join()) continue;
      add('RecommendationCorrected', { changed: { themes: changed }, previous: { themes }, reason: 'Themes entered wrongly' }, recorded, 0);
      themes = changed;
      continue;
    }
    const actions = nextActions(state.status, state.responsible, state.due, step.pick);
    if (actions.length === 0) break;
    const [type, data] = actions[step.pick % actions.length];
    effective = onTheBoundary(effective + step.gapDays * DAY, step.pick);
    add(type, data, effective, step.lateDays);
    state = nextState(state, type, data);
  }
  return drafts;
}

/** Some steps take effect on a month's first or last instant, where periods and months begin and end (later, never earlier). */
function onTheBoundary(at: number, pick: number): number {
  const date = new Date(at);
  const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  return pick % 5 === 0 ? nextMonth : pick % 5 === 1 ? nextMonth - 1 : at;
}

/** The status a lifecycle event leaves a recommendation in (the others leave it as it was). */
export const STATUS_AFTER: Record<string, string> = {
  RecommendationProposed: 'proposed',
  RecommendationAssigned: 'assigned',
  RecommendationReassigned: 'assigned',
  RecommendationAccepted: 'accepted',
  RecommendationDeclined: 'proposed',
  RecommendationWorkStarted: 'in_progress',
  RecommendationImplemented: 'implemented',
  RecommendationImplementationVerified: 'verified',
  RecommendationImplementationDisputed: 'in_progress',
  RecommendationWithdrawn: 'withdrawn',
};

function nextState(state: { status: string; responsible: string | null; due: string | null }, type: string, data: Record<string, unknown>) {
  const status = STATUS_AFTER[type] ?? state.status;
  if (type === 'RecommendationDeclined') return { status, responsible: null, due: null };
  if (type === 'RecommendationAssigned' || type === 'RecommendationReassigned')
    return { status, responsible: data.responsibleOrganisationId as string, due: data.dueDate as string };
  if (type === 'RecommendationDueDateChanged') return { ...state, due: data.dueDate as string };
  return { ...state, status };
}

/** The organisations and forums, then every recommendation's events, in the order recorded (one stream's in its own order). */
export function historyOf(recommendations: LifePick[]): Draft[] {
  const start = Date.parse('2022-12-01T08:00:00.000Z');
  const setup: Draft[] = [
    ...['donor-d', 'donor-x', ...ORGANISATIONS].map((id, i) => ({
      stream: `organisation-${id}`,
      type: 'OrganisationRegistered',
      data: { organisationId: id, name: `Organisation ${id}`, kind: id.startsWith('donor') ? 'donor' : 'ngo', country: 'TJ', region: null },
      effectiveAt: start + i,
      recordedAt: start + i,
    })),
    ...FORUM_FUNDERS.map((funders, f) => ({
      stream: `forum-f${f}`,
      type: 'ForumRecorded',
      data: {
        forumId: `f${f}`,
        title: `Forum ${f}`,
        kind: 'conference',
        startDate: '2023-01-10',
        endDate: '2023-01-11',
        location: { country: 'TJ', region: 'Sughd', district: null },
        organisers: [],
        funders,
        programme: `Programme ${f}`,
        participants: 30,
        sourceReference: null,
      },
      effectiveAt: start + 10 + f,
      recordedAt: start + 10 + f,
    })),
  ];
  const lives = recommendations.flatMap((r, i) => recommendationLife(i, r));
  return [...setup, ...lives.sort((a, b) => a.recordedAt - b.recordedAt)];
}

export function recordedEvents(drafts: Draft[]): RecordedEvent[] {
  const revisions = new Map<string, bigint>();
  return drafts.map((d, i) => {
    const revision = (revisions.get(d.stream) ?? -1n) + 1n;
    revisions.set(d.stream, revision);
    const position = BigInt(i + 1);
    return {
      id: `e${i}`,
      type: d.type,
      streamId: d.stream,
      revision,
      position: { commit: position, prepare: position },
      data: d.data,
      metadata: {
        actor: { accountId: 'acc-1', organisationId: 'org-a', role: 'stakeholder' },
        effectiveAt: new Date(d.effectiveAt).toISOString(),
        recordedAt: new Date(d.recordedAt).toISOString(),
      },
      created: new Date(d.recordedAt),
    };
  });
}

export const plain = (events: RecordedEvent[]): PlainEvent[] =>
  events.map((e) => ({
    position: Number(e.position.commit),
    stream: e.streamId,
    revision: Number(e.revision),
    type: e.type,
    data: e.data,
    effectiveAt: (e.metadata as { effectiveAt: string }).effectiveAt,
    recordedAt: (e.metadata as { recordedAt: string }).recordedAt,
  }));

/** The tracker read model after the events, applied in batches of the given size as the projection runner does. */
export function withReadModel<T>(events: RecordedEvent[], batch: number, read: (readModel: ReadModelFile) => T): T {
  const directory = mkdtempSync(join(tmpdir(), 'donor-report-figures-'));
  const readModel = new ReadModelFile(join(directory, 'tracker.sqlite'), trackerProjection);
  try {
    for (let i = 0; i < events.length; i += batch) {
      const slice = events.slice(i, i + batch);
      readModel.db.transaction(() => {
        trackerProjection.applyBatch?.(readModel.db, slice);
        readModel.advance(slice[slice.length - 1].position, slice.length);
      })();
    }
    readModel.createIndexes();
    return read(readModel);
  } finally {
    readModel.close();
    rmSync(directory, { recursive: true, force: true });
  }
}
