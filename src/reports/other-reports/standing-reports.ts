import { PeriodStanding, periodMoments, periodStandings, PeriodMoments } from '../source/period-standings';
import { ReportSource } from '../source/report-source';

/** Reports that look at one moment rather than a period read everything up to `asOf` as one long period. */
export function standingsAsOf(source: ReportSource, asOf: string): { moments: PeriodMoments; entries: PeriodStanding[] } {
  const moments = periodMoments('0001-01-01', asOf.slice(0, 10), asOf);
  return { moments, entries: periodStandings(source.recommendations, moments) };
}
