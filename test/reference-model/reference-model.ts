import { LoggedEvent } from './event-log';

/**
 * A deliberately naive reading of docs/figures.md: every figure computed by replaying the raw event log
 * in memory. It shares nothing with src/ but the event types' names and fields. Readability over speed:
 * everything is recomputed from the log for every question.
 */

export const STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'];
const OPEN = ['assigned', 'accepted', 'in_progress'];
const DONE = ['implemented', 'verified'];
type Counts = Record<string, number>;

export interface Knowledge {
  /** Only events recorded at or before this instant count. */
  asOf: string;
  /** Only events at or before this position count (the report's data position). */
  position: number;
}

export interface Stand {
  status: string;
  responsibleId: string | null;
  dueDate: string | null;
  proposedAt: string;
  /** When the implementation claim that stands took effect. */
  claimAt: string | null;
  claimSummary: string | null;
  reportedPercent: number | null;
  lastNote: { note: string; effectiveAt: string } | null;
}

interface Happening {
  event: LoggedEvent;
  effectiveAt: string;
}

const idOf = (stream: string, prefix: string) => stream.slice(prefix.length);

export class ReferenceModel {
  private readonly byStream = new Map<string, LoggedEvent[]>();

  constructor(private readonly log: LoggedEvent[]) {
    for (const e of log) this.byStream.set(e.stream, [...(this.byStream.get(e.stream) ?? []), e]);
  }

  known(k: Knowledge, stream?: string): LoggedEvent[] {
    const events = stream === undefined ? this.log : (this.byStream.get(stream) ?? []);
    return events.filter((e) => e.position <= k.position && e.recordedAt <= k.asOf);
  }

  organisationName(id: string, k: Knowledge): string {
    let name = id;
    for (const e of this.known(k, `organisation-${id}`)) if (e.data.name) name = e.data.name;
    return name;
  }

  /** The forums the donor funds (as the forum's events say, in the order they were recorded). */
  forumsFundedBy(donorId: string, k: Knowledge): { id: string; startDate: string; title: string }[] {
    const forums = new Map<string, { id: string; startDate: string; title: string; funders: string[] }>();
    for (const e of this.known(k)) {
      if (!e.stream.startsWith('forum-')) continue;
      const id = idOf(e.stream, 'forum-');
      const before = forums.get(id) ?? { id, startDate: '', title: '', funders: [] };
      const details = e.type === 'ForumRecorded' ? e.data : (e.data.changes ?? {});
      forums.set(id, {
        id,
        startDate: details.startDate ?? before.startDate,
        title: details.title ?? before.title,
        funders: details.funders ?? before.funders,
      });
    }
    return [...forums.values()]
      .filter((f) => f.funders.includes(donorId))
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : 1));
  }

  recommendationIdsOf(forumIds: string[], k: Knowledge): string[] {
    return this.known(k)
      .filter((e) => e.type === 'RecommendationProposed' && forumIds.includes(e.data.forumId))
      .map((e) => e.data.recommendationId as string);
  }

  allRecommendationIds(k: Knowledge): string[] {
    return this.known(k)
      .filter((e) => e.type === 'RecommendationProposed')
      .map((e) => e.data.recommendationId as string);
  }

  proposal(id: string, k: Knowledge): { forumId: string; themes: string[]; regions: string[] } {
    const e = this.known(k, `recommendation-${id}`).find((x) => x.type === 'RecommendationProposed');
    return { forumId: e?.data.forumId, themes: e?.data.themes ?? [], regions: e?.data.targetRegions ?? [] };
  }

  /** What happened to a recommendation, in the order it happened in the world (ties: the order recorded). */
  happenings(id: string, k: Knowledge): Happening[] {
    const own = this.known(k, `recommendation-${id}`);
    const corrected = new Map<number, string>();
    for (const e of own) if (e.type === 'RecommendationEffectiveDateCorrected') corrected.set(e.data.revision, e.data.effectiveAt);
    return own
      .filter((e) => e.type !== 'RecommendationEffectiveDateCorrected')
      .map((event) => ({ event, effectiveAt: corrected.get(event.revision) ?? event.effectiveAt }))
      .sort((a, b) => (a.effectiveAt < b.effectiveAt ? -1 : a.effectiveAt > b.effectiveAt ? 1 : a.event.position - b.event.position));
  }

  /** Where the recommendation stood at `moment`; `before` makes the moment exclusive. */
  standAt(id: string, k: Knowledge, moment: string, before = false): Stand | null {
    let s: Stand | null = null;
    for (const h of this.happenings(id, k)) {
      if (before ? h.effectiveAt >= moment : h.effectiveAt > moment) break;
      s = fold(s, h);
    }
    return s;
  }
}

function fold(previous: Stand | null, { event, effectiveAt }: Happening): Stand {
  const d = event.data;
  const s: Stand = previous
    ? { ...previous }
    : {
        status: 'proposed',
        responsibleId: null,
        dueDate: null,
        proposedAt: effectiveAt,
        claimAt: null,
        claimSummary: null,
        reportedPercent: null,
        lastNote: null,
      };
  switch (event.type) {
    case 'RecommendationAssigned':
      Object.assign(s, { status: 'assigned', responsibleId: d.responsibleOrganisationId, dueDate: d.dueDate });
      break;
    case 'RecommendationAccepted':
      s.status = 'accepted';
      break;
    case 'RecommendationDeclined':
      Object.assign(s, { status: 'proposed', responsibleId: null, dueDate: null });
      break;
    case 'RecommendationWorkStarted':
      s.status = 'in_progress';
      break;
    case 'RecommendationProgressReported':
      if (d.percentComplete !== null && d.percentComplete !== undefined) s.reportedPercent = d.percentComplete;
      break;
    case 'RecommendationDueDateChanged':
      s.dueDate = d.dueDate;
      break;
    case 'RecommendationReassigned':
      Object.assign(s, { status: 'assigned', responsibleId: d.responsibleOrganisationId, dueDate: d.dueDate });
      break;
    case 'RecommendationImplemented':
      Object.assign(s, { status: 'implemented', claimAt: effectiveAt, claimSummary: d.summary });
      break;
    case 'RecommendationImplementationVerified':
      s.status = 'verified';
      break;
    case 'RecommendationImplementationDisputed':
      Object.assign(s, { status: 'in_progress', claimAt: null, claimSummary: null, reportedPercent: null });
      break;
    case 'RecommendationWithdrawn':
      s.status = 'withdrawn';
      break;
  }
  const note = d.reason ?? d.summary ?? d.note ?? null;
  if (note) s.lastNote = { note, effectiveAt };
  return s;
}

/** % complete: 100 once an implementation stands; else the last percent reported since the last dispute. */
export function percentOf(s: Stand): number | null {
  return DONE.includes(s.status) ? 100 : s.reportedPercent;
}

export function implementedAtOf(s: Stand): string | null {
  return DONE.includes(s.status) ? s.claimAt : null;
}

export const isOpen = (s: Stand) => OPEN.includes(s.status);
export const isDone = (s: Stand) => DONE.includes(s.status);

export function days(from: string, to: string): number {
  return Math.round(
    (Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10)) - Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10))) / 86_400_000,
  );
}

export function fourDecimals(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

export function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const half = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[half] : (v[half - 1] + v[half]) / 2;
}

export function countStatuses(stands: Stand[]): Counts {
  const counts: Counts = {};
  for (const status of STATUSES) counts[status] = stands.filter((s) => s.status === status).length;
  return counts;
}

export function rateOf(stands: Stand[]): number | null {
  const counted = stands.filter((s) => s.status !== 'withdrawn');
  if (counted.length === 0) return null;
  return fourDecimals(counted.filter(isDone).length / counted.length);
}

export function isOverdue(s: Stand, day: string): boolean {
  return isOpen(s) && s.dueDate !== null && s.dueDate < day;
}

export function bucketOf(daysOverdue: number): string {
  if (daysOverdue <= 30) return '0-30';
  if (daysOverdue <= 90) return '31-90';
  return 'over 90';
}
