import { InvalidReportingPeriod, parseReportingPeriod, type ReportingPeriod } from './reporting-period';

/**
 * What was kept for a period (its targets, its narrative), found by the days the period covers rather than by how it
 * was written: targets set for `2025` serve a report asked for `FY2025` or `2025-01-01..2025-12-31`. The entry written
 * exactly as asked wins; among others covering the same days, the last one kept.
 */
export function periodEntry<T>(entries: Record<string, T> | undefined, period: ReportingPeriod): T | undefined {
  if (!entries) return undefined;
  if (Object.hasOwn(entries, period.label)) return entries[period.label];
  const sameDays = Object.keys(entries).filter((key) => coversSameDays(key, period));
  return sameDays.length ? entries[sameDays[sameDays.length - 1]] : undefined;
}

function coversSameDays(label: string, period: ReportingPeriod): boolean {
  try {
    const other = parseReportingPeriod(label, period.fiscalYearStartMonth);
    return other.from === period.from && other.to === period.to;
  } catch (error) {
    if (error instanceof InvalidReportingPeriod) return false;
    throw error;
  }
}
