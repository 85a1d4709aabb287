import {
  Knowledge,
  ReferenceModel,
  Stand,
  bucketOf,
  countStatuses,
  days,
  implementedAtOf,
  isDone,
  isOverdue,
  medianOf,
  percentOf,
  rateOf,
} from './reference-model';

/** The figures of a donor accountability report, as docs/figures.md defines them, from the raw log. */

interface Entry {
  id: string;
  forumId: string;
  themes: string[];
  regions: string[];
  start: Stand | null;
  end: Stand;
}

export interface PeriodQuestion extends Knowledge {
  donorId: string;
  /** First and last day of the period, both included. */
  from: string;
  to: string;
}

const SETBACK_TYPES = ['RecommendationDeclined', 'RecommendationImplementationDisputed', 'RecommendationDueDateChanged', 'RecommendationReassigned'];

export function referenceDonorReport(model: ReferenceModel, q: PeriodQuestion, withStatusOverTime = true) {
  const start = `${q.from}T00:00:00.000Z`;
  const periodEnd = `${q.to}T23:59:59.999Z`;
  const end = q.asOf < periodEnd ? q.asOf : periodEnd;
  const endDay = end.slice(0, 10);
  const forums = model.forumsFundedBy(q.donorId, q);
  const entries: Entry[] = [];
  for (const id of model.recommendationIdsOf(
    forums.map((f) => f.id),
    q,
  )) {
    const endStand = model.standAt(id, q, end);
    if (!endStand) continue;
    const p = model.proposal(id, q);
    entries.push({ id, forumId: p.forumId, themes: p.themes, regions: p.regions, start: model.standAt(id, q, start, true), end: endStand });
  }
  entries.sort((a, b) => (a.end.proposedAt < b.end.proposedAt ? -1 : a.end.proposedAt > b.end.proposedAt ? 1 : a.id < b.id ? -1 : 1));
  const inPeriod = (t: string) => t >= start && t <= end;
  const happenedInPeriod = (id: string) => model.happenings(id, q).filter((h) => inPeriod(h.effectiveAt));

  const implemented = entries.filter((e) => isDone(e.end) && e.end.claimAt !== null && inPeriod(e.end.claimAt));
  const verified = entries.filter(
    (e) => e.end.status === 'verified' && happenedInPeriod(e.id).some((h) => h.event.type === 'RecommendationImplementationVerified'),
  );
  const disputes = entries.flatMap((e) => happenedInPeriod(e.id).filter((h) => h.event.type === 'RecommendationImplementationDisputed'));
  const ends = entries.map((e) => e.end);
  const overdue = overdueFigures(ends, endDay);
  const summary = {
    recommendations: entries.length,
    statusAtStart: { ...countStatuses(entries.flatMap((e) => (e.start ? [e.start] : []))), notYetProposed: entries.filter((e) => !e.start).length },
    statusAtEnd: countStatuses(ends),
    implementedInPeriod: implemented.length,
    verifiedInPeriod: verified.length,
    disputedInPeriod: disputes.length,
    implementationRate: rateOf(ends),
    overdue,
    medianDaysToImplementation: medianOf(implemented.map((e) => days(e.end.proposedAt, e.end.claimAt as string))),
  };
  const statusOverTime = (withStatusOverTime ? checkpoints(start, end) : []).map((moment) => ({
    date: moment.slice(0, 10),
    byStatus: countStatuses(entries.flatMap((e) => model.standAt(e.id, q, moment) ?? [])),
  }));
  const forumTables = forums.map((f) => {
    const own = entries.filter((e) => e.forumId === f.id);
    return {
      id: f.id,
      implementationRate: rateOf(own.map((e) => e.end)),
      recommendations: own.map((e) => ({
        id: e.id,
        responsibleId: e.end.responsibleId,
        dueDate: e.end.dueDate,
        statusAtStart: e.start?.status ?? null,
        statusAtEnd: e.end.status,
        percentComplete: percentOf(e.end),
        implementedAt: implementedAtOf(e.end),
        lastNote: e.end.lastNote?.note ?? null,
      })),
    };
  });
  const transitions = entries
    .flatMap((e) => withStatusChange(model, e.id, q).filter((t) => inPeriod(t.effectiveAt)))
    .sort((a, b) => (a.effectiveAt < b.effectiveAt ? -1 : a.effectiveAt > b.effectiveAt ? 1 : a.position - b.position))
    .map(({ position: _position, ...rest }) => rest);
  const name = (id: string | null) => (id ? model.organisationName(id, q) : null);
  const accomplishments = entries
    .filter((e) => implemented.includes(e) || verified.includes(e))
    .map((e) => ({ recommendationId: e.id, organisation: name(e.end.responsibleId), date: e.end.claimAt?.slice(0, 10) ?? null, detail: e.end.claimSummary }));
  const setbacks = [
    ...overdueList(entries, endDay).map((o) => ({
      recommendationId: o.recommendationId,
      kind: 'overdue',
      date: o.dueDate,
      organisation: name(o.responsibleId),
    })),
    ...entries
      .flatMap((e) =>
        withStatusChange(model, e.id, q)
          .filter((t) => SETBACK_TYPES.includes(t.type) && inPeriod(t.effectiveAt))
          .map((t) => ({ recommendationId: e.id, kind: t.type, date: t.effectiveAt.slice(0, 10), organisation: name(t.responsibleBefore) })),
      )
      .sort((a, b) =>
        a.date < b.date ? -1 : a.date > b.date ? 1 : a.recommendationId < b.recommendationId ? -1 : a.recommendationId > b.recommendationId ? 1 : 0,
      ),
  ];
  const assigned = ends.filter((s) => s.responsibleId !== null && s.status !== 'withdrawn').length;
  return {
    summary,
    statusOverTime,
    forums: forumTables,
    transitions: transitions.map(({ responsibleBefore: _r, ...t }) => t),
    scorecards: scorecards(model, entries, endDay, q),
    byTheme: breakdown(entries, (e) => e.themes, endDay),
    byRegion: breakdown(entries, (e) => e.regions, endDay),
    overdueCommitments: overdueList(entries, endDay).map(({ responsibleId: _r, ...o }) => o),
    inl: {
      indicators: [
        { indicator: 'recommendationsAssigned', actual: assigned },
        { indicator: 'recommendationsImplemented', actual: summary.implementedInPeriod },
        { indicator: 'implementationsVerified', actual: summary.verifiedInPeriod },
        { indicator: 'implementationRate', actual: summary.implementationRate },
        { indicator: 'overdueCommitments', actual: overdue.count },
      ],
      accomplishments,
      setbacks,
    },
  };
}

/** Each event with the status before and after it, in the order recorded, and who was responsible before it. */
function withStatusChange(model: ReferenceModel, id: string, q: Knowledge) {
  const own = model.happenings(id, q).sort((a, b) => a.event.position - b.event.position);
  let status = 'not_proposed';
  let responsible: string | null = null;
  return own.map((h) => {
    const before = { status, responsible };
    const after = model.standAt(id, { ...q, position: h.event.position }, '9999-12-31T23:59:59.999Z') as Stand;
    status = after.status;
    responsible = after.responsibleId;
    return {
      recommendationId: id,
      type: h.event.type,
      from: before.status,
      to: after.status,
      effectiveAt: h.effectiveAt,
      position: h.event.position,
      responsibleBefore: before.responsible,
    };
  });
}

function overdueFigures(stands: Stand[], day: string) {
  const late = stands.filter((s) => isOverdue(s, day));
  const buckets: Record<string, number> = { '0-30': 0, '31-90': 0, 'over 90': 0 };
  for (const s of late) buckets[bucketOf(days(s.dueDate as string, day))] += 1;
  return { count: late.length, buckets };
}

function overdueList(entries: Entry[], day: string) {
  return entries
    .filter((e) => isOverdue(e.end, day))
    .map((e) => {
      const daysOverdue = days(e.end.dueDate as string, day);
      return {
        recommendationId: e.id,
        responsibleId: e.end.responsibleId,
        dueDate: e.end.dueDate as string,
        daysOverdue,
        bucket: bucketOf(daysOverdue),
        lastReason: e.end.lastNote,
      };
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.recommendationId < b.recommendationId ? -1 : 1));
}

function scorecards(model: ReferenceModel, entries: Entry[], day: string, q: Knowledge) {
  const ids = [...new Set(entries.flatMap((e) => (e.end.responsibleId ? [e.end.responsibleId] : [])))];
  return ids
    .map((organisationId) => {
      const own = entries.filter((e) => e.end.responsibleId === organisationId).map((e) => e.end);
      const done = own.filter((s) => isDone(s) && s.claimAt);
      const dated = done.filter((s) => s.dueDate);
      return {
        organisationId,
        name: model.organisationName(organisationId, q),
        responsibleFor: own.length,
        byStatus: countStatuses(own),
        overdue: own.filter((s) => isOverdue(s, day)).length,
        onTimeRate:
          dated.length === 0
            ? null
            : Math.round((dated.filter((s) => (s.claimAt as string).slice(0, 10) <= (s.dueDate as string)).length / dated.length) * 10_000) / 10_000,
        medianDaysToImplementation: medianOf(done.map((s) => days(s.proposedAt, s.claimAt as string))),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.organisationId.localeCompare(b.organisationId))
    .map(({ name: _name, ...rest }) => rest);
}

function breakdown(entries: Entry[], keysOf: (e: Entry) => string[], day: string) {
  const keys = [...new Set(entries.flatMap(keysOf))].sort();
  return keys.map((key) => {
    const group = entries.filter((e) => keysOf(e).includes(key)).map((e) => e.end);
    return {
      key,
      recommendations: group.length,
      byStatus: countStatuses(group),
      overdue: group.filter((s) => isOverdue(s, day)).length,
      implementationRate: rateOf(group),
    };
  });
}

/** Just before the period, at the end of each whole month inside it, and at its end. */
function checkpoints(start: string, end: string): string[] {
  const points = [new Date(Date.parse(start) - 1).toISOString()];
  let year = +start.slice(0, 4);
  let month = +start.slice(5, 7);
  for (;;) {
    const monthEnd = new Date(Date.UTC(year, month, 1) - 1).toISOString();
    if (monthEnd >= end) break;
    points.push(monthEnd);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  points.push(end);
  return points;
}

/** An organisation's scorecard as of a moment: what it is responsible for then, across every forum. */
export function referenceScorecard(model: ReferenceModel, organisationId: string, k: Knowledge) {
  const day = k.asOf.slice(0, 10);
  const all = model.allRecommendationIds(k);
  const own = all.flatMap((id) => {
    const s = model.standAt(id, k, k.asOf);
    return s && s.responsibleId === organisationId ? [{ id, s }] : [];
  });
  const stands = own.map((o) => o.s);
  const done = stands.filter((s) => isDone(s) && s.claimAt);
  const dated = done.filter((s) => s.dueDate);
  const scorecard =
    own.length === 0
      ? null
      : {
          organisationId,
          responsibleFor: own.length,
          byStatus: countStatuses(stands),
          overdue: stands.filter((s) => isOverdue(s, day)).length,
          onTimeRate:
            dated.length === 0
              ? null
              : Math.round((dated.filter((s) => (s.claimAt as string).slice(0, 10) <= (s.dueDate as string)).length / dated.length) * 10_000) / 10_000,
          medianDaysToImplementation: medianOf(done.map((s) => days(s.proposedAt, s.claimAt as string))),
        };
  return {
    scorecard,
    commitments: own
      .map(({ id, s }) => ({ id, statusAtEnd: s.status, percentComplete: percentOf(s), implementedAt: implementedAtOf(s), dueDate: s.dueDate }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    overdue: own
      .filter(({ s }) => isOverdue(s, day))
      .map(({ id, s }) => ({ id, daysOverdue: days(s.dueDate as string, day) }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.id < b.id ? -1 : 1))
      .map((o) => [o.id, o.daysOverdue]),
  };
}
