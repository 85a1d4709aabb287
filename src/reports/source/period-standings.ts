import { contentKnownAt } from './content-known-at';
import { RecommendationRecord } from './report-source';
import { Standing, knownAt, standingAt, standingBefore, transitionsWithin } from './timeline';
import { HistoryRow } from './report-source';

/** The moments a period report reads history at. */
export interface PeriodMoments {
  asOf: string;
  /** First instant of the period. */
  start: string;
  /** Last instant of the period, or asOf when that comes first. */
  end: string;
  /** The day overdue is counted against. */
  endDay: string;
}

export function periodMoments(from: string, to: string, asOf: string): PeriodMoments {
  const periodEnd = `${to}T23:59:59.999Z`;
  const end = asOf < periodEnd ? asOf : periodEnd;
  return { asOf, start: `${from}T00:00:00.000Z`, end, endDay: end.slice(0, 10) };
}

/** One recommendation read for a period: where it stood before and at the end, and what happened in between. */
export interface PeriodStanding {
  record: RecommendationRecord;
  known: HistoryRow[];
  start: Standing | null;
  end: Standing;
  transitions: HistoryRow[];
}

/** Those recommendations that had been proposed by the end of the period, as known at asOf (their text and tags too). */
export function periodStandings(records: RecommendationRecord[], moments: PeriodMoments): PeriodStanding[] {
  const standings: PeriodStanding[] = [];
  for (const recorded of records) {
    const record = contentKnownAt(recorded, moments.asOf);
    const known = knownAt(record.history, moments.asOf);
    const end = standingAt(known, moments.end);
    if (!end) continue;
    standings.push({ record, known, end, start: standingBefore(known, moments.start), transitions: transitionsWithin(known, moments.start, moments.end) });
  }
  return standings.sort((a, b) => a.end.proposedAt.localeCompare(b.end.proposedAt) || a.record.id.localeCompare(b.record.id));
}

export const happenedIn = (entry: PeriodStanding, type: string) => entry.transitions.some((t) => t.type === type);
