import { contentKnownAt } from './content-known-at';
import { RecommendationRecord } from './report-source';
import { Standing, knownAt, periodOf } from './timeline';
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
    const { start, end, transitions } = periodOf(known, moments.start, moments.end);
    if (!end) continue;
    standings.push({ record, known, end, start, transitions });
  }
  // ISO times of one format and ids compare the same by code unit as by locale, and much faster.
  return standings.sort((a, b) => compareText(a.end.proposedAt, b.end.proposedAt) || compareText(a.record.id, b.record.id));
}

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const happenedIn = (entry: PeriodStanding, type: string) => entry.transitions.some((t) => t.type === type);
