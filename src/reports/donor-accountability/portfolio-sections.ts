import {
  countStatuses,
  daysBetween,
  implementationRateOf,
  median,
  medianDaysToImplementationOf,
  onTimeRateOf,
  overdueOf,
  agingBucket,
  StatusCounts,
} from '../figures/report-figures';
import { PeriodMoments, PeriodStanding, compareText, happenedIn } from '../source/period-standings';
import { ForumRecord, HistoryRow, ReportSource } from '../source/report-source';
import { implementedWithin, isDone, isOverdueAt } from '../source/timeline';
import { Breakdown, ForumInPortfolio, OrganisationScore, OverdueCommitment, PortfolioSummary, TransitionInPeriod } from './donor-accountability-report';

export const VERIFIED = 'RecommendationImplementationVerified';

export function organisationRef(source: ReportSource, id: string | null): { id: string; name: string } | null {
  return id ? { id, name: source.organisations.get(id)?.name ?? id } : null;
}

export const DISPUTED = 'RecommendationImplementationDisputed';

/** Implemented in the period: the claim that stands at the period's end took effect within it (a disputed claim does not stand). */
export function implementedInPeriod(entries: PeriodStanding[], moments: PeriodMoments): PeriodStanding[] {
  return entries.filter((e) => isDone(e.end.status) && implementedWithin(e.end, moments.start, moments.end));
}

/** Verified in the period: verified at its end, by a verification that took effect within it. */
export function verifiedInPeriod(entries: PeriodStanding[]): PeriodStanding[] {
  return entries.filter((e) => e.end.status === 'verified' && happenedIn(e, VERIFIED));
}

export function summaryOf(entries: PeriodStanding[], moments: PeriodMoments): PortfolioSummary {
  const ends = entries.map((e) => e.end);
  const starts = entries.flatMap((e) => (e.start ? [e.start] : []));
  const implemented = implementedInPeriod(entries, moments);
  const days = implemented.map((e) => daysBetween(e.end.proposedAt, e.end.implementedAt as string));
  return {
    recommendations: entries.length,
    statusAtStart: { ...countStatuses(starts), notYetProposed: entries.length - starts.length },
    statusAtEnd: countStatuses(ends),
    implementedInPeriod: implemented.length,
    verifiedInPeriod: verifiedInPeriod(entries).length,
    disputedInPeriod: entries.reduce((n, e) => n + e.transitions.filter((t) => t.type === DISPUTED).length, 0),
    implementationRate: implementationRateOf(ends),
    overdue: overdueOf(ends, moments.endDay),
    medianDaysToImplementation: median(days),
  };
}

/**
 * Counts by status at the period's start, at each month's end within it, and at its end: one walk of each timeline
 * through the checkpoints in order (the status at a moment is that after the last event by then).
 */
export function statusOverTime(entries: PeriodStanding[], moments: PeriodMoments): PortfolioSummaryPoint[] {
  const points = checkpointsOf(moments);
  const counts = points.map(() => countStatuses([]));
  for (const entry of entries) {
    let point = 0;
    let status: string | null = null;
    for (const row of entry.known) {
      for (; point < points.length && row.effectiveAt > points[point]; point++) if (status) counts[point][status as keyof StatusCounts] += 1;
      if (point === points.length) break;
      status = row.to;
    }
    for (; point < points.length; point++) if (status) counts[point][status as keyof StatusCounts] += 1;
  }
  return points.map((moment, i) => ({ date: moment.slice(0, 10), byStatus: counts[i] }));
}

type PortfolioSummaryPoint = { date: string; byStatus: ReturnType<typeof countStatuses> };

function checkpointsOf(moments: PeriodMoments): string[] {
  const points = [new Date(Date.parse(moments.start) - 1).toISOString()];
  const cursor = new Date(moments.start);
  for (;;) {
    const monthEnd = new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1) - 1).toISOString();
    if (monthEnd >= moments.end) break;
    points.push(monthEnd);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1, 1);
  }
  points.push(moments.end);
  return points;
}

export function forumsOf(source: ReportSource, entries: PeriodStanding[]): ForumInPortfolio[] {
  const byForum = groupBy(entries, (e) => [e.record.forumId]);
  return source.forums.map((forum) => forumOf(source, forum, byForum.get(forum.id) ?? []));
}

function forumOf(source: ReportSource, forum: ForumRecord, entries: PeriodStanding[]): ForumInPortfolio {
  return {
    id: forum.id,
    title: forum.title,
    kind: forum.kind,
    startDate: forum.startDate,
    endDate: forum.endDate,
    ...(forum.datePrecision === 'month' ? { datePrecision: 'month' as const } : {}),
    ...(forum.countriesVisited.length ? { countriesVisited: forum.countriesVisited } : {}),
    location: { country: forum.country, region: forum.region },
    programme: forum.programme,
    participants: forum.participants,
    implementationRate: implementationRateOf(entries.map((e) => e.end)),
    recommendations: entries.map((e) => ({
      id: e.record.id,
      text: e.record.text,
      priority: e.record.priority,
      themes: e.record.themes,
      regions: e.record.regions,
      responsible: organisationRef(source, e.end.responsibleId),
      dueDate: e.end.dueDate,
      statusAtStart: e.start?.status ?? null,
      statusAtEnd: e.end.status,
      percentComplete: e.end.percentComplete,
      implementedAt: e.end.implementedAt,
      lastNote: e.end.lastNote?.note ?? null,
    })),
  };
}

/** In the order they happened (ties: the order recorded); sorted as pairs, each transition's answer made once. */
export function transitionsOf(source: ReportSource, entries: PeriodStanding[]): TransitionInPeriod[] {
  const shown: { entry: PeriodStanding; row: HistoryRow }[] = [];
  for (const entry of entries) for (const row of entry.transitions) shown.push({ entry, row });
  shown.sort((a, b) => compareText(a.row.effectiveAt, b.row.effectiveAt) || (a.row.position < b.row.position ? -1 : 1));
  return shown.map(({ entry, row }) => transitionOf(source, entry, row));
}

/** The actor's fields named, not spread: spreading 100k objects cost more than the rest of the answer. */
function transitionOf(source: ReportSource, entry: PeriodStanding, row: HistoryRow): TransitionInPeriod {
  const { accountId, organisationId, role } = row.actor;
  return {
    recommendationId: entry.record.id,
    forumId: entry.record.forumId,
    type: row.type,
    from: row.from,
    to: row.to,
    effectiveAt: row.effectiveAt,
    recordedAt: row.recordedAt,
    actor: { accountId, organisationId, role, organisationName: organisationId ? (source.organisations.get(organisationId)?.name ?? null) : null },
    note: row.note,
    evidence: row.evidence,
    percentComplete: row.percentComplete,
  };
}

export function scorecardsOf(source: ReportSource, entries: PeriodStanding[], moments: PeriodMoments): OrganisationScore[] {
  const held = groupBy(entries, (e) => (e.end.responsibleId ? [e.end.responsibleId] : []));
  return [...held.entries()]
    .map(([id, own]) => {
      const ends = own.map((e) => e.end);
      return {
        organisationId: id,
        name: source.organisations.get(id)?.name ?? id,
        responsibleFor: own.length,
        byStatus: countStatuses(ends),
        overdue: overdueOf(ends, moments.endDay).count,
        onTimeRate: onTimeRateOf(ends),
        medianDaysToImplementation: medianDaysToImplementationOf(ends),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.organisationId.localeCompare(b.organisationId));
}

export function breakdownBy(entries: PeriodStanding[], keysOf: (e: PeriodStanding) => string[], moments: PeriodMoments): Breakdown[] {
  return [...groupBy(entries, keysOf).entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const ends = group.map((e) => e.end);
      return {
        key,
        recommendations: group.length,
        byStatus: countStatuses(ends),
        overdue: overdueOf(ends, moments.endDay).count,
        implementationRate: implementationRateOf(ends),
      };
    });
}

export function overdueCommitmentsOf(source: ReportSource, entries: PeriodStanding[], moments: PeriodMoments): OverdueCommitment[] {
  const titles = new Map(source.forums.map((f) => [f.id, f.title]));
  return entries
    .filter((e) => isOverdueAt(e.end, moments.endDay))
    .map((e) => {
      const daysOverdue = daysBetween(e.end.dueDate as string, moments.endDay);
      return {
        recommendationId: e.record.id,
        forumTitle: titles.get(e.record.forumId) ?? e.record.forumId,
        text: e.record.text,
        responsible: organisationRef(source, e.end.responsibleId),
        status: e.end.status,
        dueDate: e.end.dueDate as string,
        daysOverdue,
        bucket: agingBucket(daysOverdue),
        lastReason: e.end.lastNote,
      };
    })
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.recommendationId.localeCompare(b.recommendationId));
}

export function groupBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
