/**
 * A deliberately naive reading of the donor report's figures (docs/figures.md) straight from a list of
 * events: every question replays the recommendation's events from scratch. It shares nothing with src/
 * but the event types' names and fields, and the theme-to-pillar words are written out by hand.
 */

export interface PlainEvent {
  position: number;
  stream: string;
  revision: number;
  type: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the model reads event data as the log holds it
  data: any;
  effectiveAt: string;
  recordedAt: string;
}

export interface ModelQuestion {
  donorId: string;
  /** First and last day, both included. */
  from: string;
  to: string;
  asOf: string;
  /** The Spotlight pillar of each theme the history uses; a theme not named is not mapped. */
  pillarOfTheme: Record<string, string>;
}

const STATUSES = ['proposed', 'assigned', 'accepted', 'in_progress', 'implemented', 'verified', 'withdrawn'];
const PILLARS = ['laws_and_policies', 'institutions', 'prevention', 'services', 'data', 'womens_movements'];
const open = (status: string) => status === 'assigned' || status === 'accepted' || status === 'in_progress';
const done = (status: string) => status === 'implemented' || status === 'verified';

interface Stand {
  status: string;
  responsibleId: string | null;
  dueDate: string | null;
  proposedAt: string;
  claimAt: string | null;
  percent: number | null;
  lastNote: string | null;
}

function fold(s: Stand | null, e: PlainEvent, effectiveAt: string): Stand {
  const next: Stand = s
    ? { ...s }
    : { status: 'proposed', responsibleId: null, dueDate: null, proposedAt: effectiveAt, claimAt: null, percent: null, lastNote: null };
  const d = e.data;
  if (e.type === 'RecommendationAssigned' || e.type === 'RecommendationReassigned') {
    next.status = 'assigned';
    next.responsibleId = d.responsibleOrganisationId;
    next.dueDate = d.dueDate;
  }
  if (e.type === 'RecommendationAccepted') next.status = 'accepted';
  if (e.type === 'RecommendationDeclined') Object.assign(next, { status: 'proposed', responsibleId: null, dueDate: null });
  if (e.type === 'RecommendationWorkStarted') next.status = 'in_progress';
  if (e.type === 'RecommendationProgressReported' && d.percentComplete !== null) next.percent = d.percentComplete;
  if (e.type === 'RecommendationDueDateChanged') next.dueDate = d.dueDate;
  if (e.type === 'RecommendationImplemented') Object.assign(next, { status: 'implemented', claimAt: effectiveAt });
  if (e.type === 'RecommendationImplementationVerified') next.status = 'verified';
  if (e.type === 'RecommendationImplementationDisputed') Object.assign(next, { status: 'in_progress', claimAt: null, percent: null });
  if (e.type === 'RecommendationWithdrawn') next.status = 'withdrawn';
  const note = d.reason ?? d.summary ?? d.note ?? null;
  if (note) next.lastNote = note;
  return next;
}

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);
const rate = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 10_000) / 10_000);

function medianOf(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function counts(stands: Stand[]): Record<string, number> {
  return Object.fromEntries(STATUSES.map((s) => [s, stands.filter((x) => x.status === s).length]));
}

const implementationRate = (stands: Stand[]) => rate(stands.filter((s) => done(s.status)).length, stands.filter((s) => s.status !== 'withdrawn').length);

/** Each month's last instant inside the period, between the instant before its start and its end. */
function checkpoints(start: string, end: string): string[] {
  const points = [new Date(Date.parse(start) - 1).toISOString()];
  let year = +start.slice(0, 4);
  let month = +start.slice(5, 7);
  for (;;) {
    const last = new Date(Date.UTC(year, month, 1) - 1).toISOString();
    if (last >= end) break;
    points.push(last);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return [...points, end];
}

export function modelDonorReport(log: PlainEvent[], q: ModelQuestion) {
  const known = log.filter((e) => e.recordedAt <= q.asOf);
  const byStream = new Map<string, PlainEvent[]>();
  for (const e of known) byStream.set(e.stream, [...(byStream.get(e.stream) ?? []), e]);
  const eventsOf = (id: string) => byStream.get(`recommendation-${id}`) ?? [];
  const start = `${q.from}T00:00:00.000Z`;
  const end = q.asOf < `${q.to}T23:59:59.999Z` ? q.asOf : `${q.to}T23:59:59.999Z`;
  const endDay = end.slice(0, 10);
  const within = (t: string) => t >= start && t <= end;
  const funded = new Set(known.filter((e) => e.type === 'ForumRecorded' && e.data.funders.includes(q.donorId)).map((e) => e.data.forumId));

  /** The recommendation's events that took effect, with their times as corrected by asOf, in the order they happened. */
  const happenings = (id: string) => {
    const own = eventsOf(id);
    // A corrected event reads as recorded when its correction was (the report shows that time beside it).
    const corrected = new Map<number, { at: string; recordedAt: string }>();
    for (const e of own)
      if (e.type === 'RecommendationEffectiveDateCorrected') corrected.set(e.data.revision, { at: e.data.effectiveAt, recordedAt: e.recordedAt });
    return own
      .filter((e) => e.type !== 'RecommendationEffectiveDateCorrected' && e.type !== 'RecommendationCorrected')
      .map((e) => ({ e, at: corrected.get(e.revision)?.at ?? e.effectiveAt, recordedAt: corrected.get(e.revision)?.recordedAt ?? e.recordedAt }))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.e.revision - b.e.revision));
  };
  const standAt = (id: string, moment: string, exclusive = false) => {
    let s: Stand | null = null;
    for (const h of happenings(id)) if (exclusive ? h.at < moment : h.at <= moment) s = fold(s, h.e, h.at);
    return s;
  };
  const themesOf = (id: string) => {
    let themes: string[] = [];
    for (const e of eventsOf(id)) {
      if (e.type === 'RecommendationProposed') themes = e.data.themes;
      if (e.type === 'RecommendationCorrected' && e.data.changed.themes) themes = e.data.changed.themes;
    }
    return themes;
  };

  const entries = known
    .filter((e) => e.type === 'RecommendationProposed' && funded.has(e.data.forumId))
    .map((e) => ({ id: e.data.recommendationId as string, forumId: e.data.forumId as string, end: standAt(e.data.recommendationId, end) }))
    .filter((x): x is { id: string; forumId: string; end: Stand } => x.end !== null)
    .map((x) => ({ ...x, start: standAt(x.id, start, true), inPeriod: happenings(x.id).filter((h) => within(h.at)) }))
    .sort((a, b) => (a.end.proposedAt < b.end.proposedAt ? -1 : a.end.proposedAt > b.end.proposedAt ? 1 : a.id < b.id ? -1 : 1));
  const ends = entries.map((x) => x.end);
  const implemented = entries.filter((x) => done(x.end.status) && x.end.claimAt !== null && within(x.end.claimAt));
  const overdue = entries.filter((x) => open(x.end.status) && x.end.dueDate !== null && x.end.dueDate < endDay);
  const bucket = (days: number) => (days <= 30 ? '0-30' : days <= 90 ? '31-90' : 'over 90');

  /** The status before and after each event, folded in the order recorded. */
  const statusSteps = (id: string) => {
    let stand: Stand | null = null;
    const steps = new Map<number, { from: string; to: string }>();
    for (const e of eventsOf(id)) {
      if (e.type === 'RecommendationEffectiveDateCorrected' || e.type === 'RecommendationCorrected') continue;
      const from: string = stand?.status ?? 'not_proposed';
      stand = fold(stand, e, e.effectiveAt);
      steps.set(e.revision, { from, to: stand.status });
    }
    return steps;
  };

  const pillarOf = (id: string) =>
    themesOf(id)
      .map((t) => q.pillarOfTheme[t])
      .find((p) => p !== undefined) ?? 'unmapped';
  const pillars = [...PILLARS, 'unmapped']
    .map((pillar) => ({ pillar, group: entries.filter((x) => pillarOf(x.id) === pillar) }))
    .filter(({ pillar, group }) => pillar !== 'unmapped' || group.length > 0)
    .map(({ pillar, group }) => ({
      pillar,
      recommendations: group.length,
      byStatus: counts(group.map((x) => x.end)),
      implementedInPeriod: group.filter((x) => implemented.includes(x)).length,
      implementationRate: implementationRate(group.map((x) => x.end)),
      recommendationIds: group.map((x) => x.id),
    }));

  return {
    summary: {
      recommendations: entries.length,
      statusAtStart: { ...counts(entries.flatMap((x) => (x.start ? [x.start] : []))), notYetProposed: entries.filter((x) => !x.start).length },
      statusAtEnd: counts(ends),
      implementedInPeriod: implemented.length,
      verifiedInPeriod: entries.filter((x) => x.end.status === 'verified' && x.inPeriod.some((h) => h.e.type === 'RecommendationImplementationVerified'))
        .length,
      disputedInPeriod: entries.reduce((n, x) => n + x.inPeriod.filter((h) => h.e.type === 'RecommendationImplementationDisputed').length, 0),
      implementationRate: implementationRate(ends),
      overdue: {
        count: overdue.length,
        buckets: Object.fromEntries(
          ['0-30', '31-90', 'over 90'].map((b) => [b, overdue.filter((x) => bucket(daysBetween(x.end.dueDate as string, endDay)) === b).length]),
        ),
      },
      medianDaysToImplementation: medianOf(implemented.map((x) => daysBetween(x.end.proposedAt, x.end.claimAt as string))),
    },
    statusOverTime: checkpoints(start, end).map((moment) => ({
      date: moment.slice(0, 10),
      byStatus: counts(entries.flatMap((x) => standAt(x.id, moment) ?? [])),
    })),
    recommendations: entries.map((x) => ({
      id: x.id,
      forumId: x.forumId,
      statusAtStart: x.start?.status ?? null,
      statusAtEnd: x.end.status,
      responsibleId: x.end.responsibleId,
      dueDate: x.end.dueDate,
      percentComplete: done(x.end.status) ? 100 : x.end.percent,
      implementedAt: done(x.end.status) ? x.end.claimAt : null,
      lastNote: x.end.lastNote,
    })),
    forumRates: [...new Set(entries.map((x) => x.forumId))].sort().map((forumId) => ({
      forumId,
      implementationRate: implementationRate(entries.filter((x) => x.forumId === forumId).map((x) => x.end)),
    })),
    transitions: entries
      .flatMap((x) => {
        const steps = statusSteps(x.id);
        return x.inPeriod.map((h) => ({
          recommendationId: x.id,
          type: h.e.type,
          ...(steps.get(h.e.revision) as object),
          effectiveAt: h.at,
          recordedAt: h.recordedAt,
          position: h.e.position,
        }));
      })
      .sort((a, b) => (a.effectiveAt < b.effectiveAt ? -1 : a.effectiveAt > b.effectiveAt ? 1 : a.position - b.position))
      .map(({ position: _position, ...t }) => t),
    overdueCommitments: overdue
      .map((x) => ({ recommendationId: x.id, daysOverdue: daysBetween(x.end.dueDate as string, endDay) }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.recommendationId < b.recommendationId ? -1 : 1)),
    pillars,
  };
}
