import { periodEntry } from '../../reporting-framework/period/period-entry';
import { ReportingPeriod, nextQuarterAfter } from '../../reporting-framework/period/reporting-period';
import { PeriodMoments, PeriodStanding } from '../source/period-standings';
import { ReportSource } from '../source/report-source';
import { isOpen, isOverdueAt } from '../source/timeline';
import { IndicatorResult, InlSection, NarrativeItem, OverdueCommitment, PortfolioSummary } from './donor-accountability-report';
import { implementedInPeriod, organisationRef, verifiedInPeriod } from './portfolio-sections';

const LOWER_IS_BETTER = new Set(['overdueCommitments']);
const SETBACKS = ['RecommendationDeclined', 'RecommendationImplementationDisputed', 'RecommendationDueDateChanged', 'RecommendationReassigned'];

export function indicatorResult(indicator: string, actual: number | null, target: number | undefined): IndicatorResult {
  if (target === undefined || actual === null) return { indicator, target: target ?? null, actual, met: null };
  return { indicator, target, actual, met: LOWER_IS_BETTER.has(indicator) ? actual <= target : actual >= target };
}

export function headlineIndicators(entries: PeriodStanding[], summary: PortfolioSummary, targets: Record<string, number>): IndicatorResult[] {
  const assigned = entries.filter((e) => e.end.responsibleId !== null && e.end.status !== 'withdrawn').length;
  return [
    indicatorResult('recommendationsAssigned', assigned, targets.recommendationsAssigned),
    indicatorResult('recommendationsImplemented', summary.implementedInPeriod, targets.recommendationsImplemented),
    indicatorResult('implementationsVerified', summary.verifiedInPeriod, targets.implementationsVerified),
    indicatorResult('implementationRate', summary.implementationRate, targets.implementationRate),
    indicatorResult('overdueCommitments', summary.overdue.count, targets.overdueCommitments),
  ];
}

/** INL's indicator table and the narrative its reviewers expect, drawn from the period's record. */
export function inlSection(
  source: ReportSource,
  entries: PeriodStanding[],
  summary: PortfolioSummary,
  period: ReportingPeriod,
  overdue: OverdueCommitment[],
  moments: PeriodMoments,
): InlSection {
  const indicators = headlineIndicators(entries, summary, periodEntry(source.framework?.targets, period) ?? {});
  return {
    indicators,
    accomplishments: accomplishments(source, entries, moments),
    goalsNotMet: { indicators: indicators.filter((i) => i.met === false), setbacks: setbacks(source, entries, overdue) },
    nextSteps: nextSteps(source, entries, period),
  };
}

function item(
  source: ReportSource,
  entry: PeriodStanding,
  date: string | null,
  detail: string | null,
  organisationId = entry.end.responsibleId,
): NarrativeItem {
  return { recommendationId: entry.record.id, text: entry.record.text, organisation: organisationRef(source, organisationId)?.name ?? null, date, detail };
}

/** Implementations that stand, claimed or verified in the period: dated by the implementation, described by its summary. */
function accomplishments(source: ReportSource, entries: PeriodStanding[], moments: PeriodMoments): NarrativeItem[] {
  const done = new Set([...implementedInPeriod(entries, moments), ...verifiedInPeriod(entries)]);
  return entries.filter((e) => done.has(e)).map((e) => item(source, e, e.end.implementedAt?.slice(0, 10) ?? null, e.end.implementationSummary));
}

function setbacks(source: ReportSource, entries: PeriodStanding[], overdue: OverdueCommitment[]): (NarrativeItem & { kind: string })[] {
  const byId = new Map(entries.map((e) => [e.record.id, e]));
  const late = overdue.map((o) => ({
    ...item(source, byId.get(o.recommendationId) as PeriodStanding, o.dueDate, o.lastReason?.note ?? null),
    kind: 'overdue',
  }));
  const events = entries.flatMap((e) =>
    e.transitions
      .filter((t) => SETBACKS.includes(t.type))
      .map((t) => ({ ...item(source, e, t.effectiveAt.slice(0, 10), t.note, responsibleBefore(e, t)), kind: t.type })),
  );
  return [...late, ...events.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.recommendationId.localeCompare(b.recommendationId))];
}

/** A setback belongs to the organisation that was responsible when it happened (the one that declined, or whose claim was disputed). */
function responsibleBefore(entry: PeriodStanding, row: PeriodStanding['transitions'][number]): string | null {
  const at = entry.known.indexOf(row);
  return at > 0 ? entry.known[at - 1].responsibleId : null;
}

/** Open commitments due by the end of the next quarter, soonest first, the overdue ones included. */
function nextSteps(source: ReportSource, entries: PeriodStanding[], period: ReportingPeriod): NarrativeItem[] {
  const horizon = nextQuarterAfter(period).to;
  return entries
    .filter((e) => isOpen(e.end.status) && e.end.dueDate !== null && (e.end.dueDate <= horizon || isOverdueAt(e.end, period.to)))
    .sort((a, b) => (a.end.dueDate as string).localeCompare(b.end.dueDate as string) || a.record.id.localeCompare(b.record.id))
    .map((e) => item(source, e, e.end.dueDate, e.end.status));
}
