import { ReportLabels } from '../../reports/labels/report-labels';
import { ReportingPeriod } from './reporting-period';

/** "FY2026 Q1 (fiscal year of INL, from 1 October)", in the report's language. */
export function describePeriod(period: ReportingPeriod, labels: ReportLabels, donorName: string): string {
  if (period.kind === 'range' || period.fiscalYear === null) return `${period.from} – ${period.to}`;
  const p = labels.periods;
  const name =
    period.kind === 'quarter'
      ? p.quarter(period.fiscalYear, period.part as number)
      : period.kind === 'half'
        ? p.half(period.fiscalYear, period.part as number)
        : p.year(period.fiscalYear);
  const whose = period.fiscalYearStartMonth === 1 ? p.calendarYear : p.whose(donorName, p.months[period.fiscalYearStartMonth - 1]);
  return `${name} (${whose})`;
}
