/**
 * A reporting period: the days a report covers, both ends included. How a period is written depends on
 * the template: INL counts quarters of the US fiscal year (FY2025 began on 1 October 2024), the EU
 * reports by calendar year, the standard template by calendar year or quarter. Any template accepts an
 * explicit range `2025-01-01..2025-06-30`.
 */
export type ReportTemplate = 'standard' | 'inl' | 'eu';
export const REPORT_TEMPLATES: ReportTemplate[] = ['standard', 'inl', 'eu'];

export interface ReportingPeriod {
  /** As the caller wrote it, e.g. `2025-Q1`. */
  label: string;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD. */
  to: string;
  /** e.g. `FY2025 Q1 (US fiscal year)`; user-facing but language-neutral. */
  description: string;
}

export class InvalidReportingPeriod extends Error {}

export const PERIOD_PATTERN = /^(\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}|FY\d{4}(-Q[1-4])?|\d{4}(-Q[1-4])?)$/;

const QUARTER = /^(FY)?(\d{4})-Q([1-4])$/;
const YEAR = /^(FY)?(\d{4})$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function parseReportingPeriod(label: string, template: ReportTemplate): ReportingPeriod {
  const range = RANGE.exec(label);
  if (range) return explicitRange(label, range[1], range[2]);
  const quarter = QUARTER.exec(label);
  if (quarter) return quarterOf(label, Number(quarter[2]), Number(quarter[3]), Boolean(quarter[1]) || template === 'inl');
  const year = YEAR.exec(label);
  if (year) return yearOf(label, Number(year[2]), Boolean(year[1]) || template === 'inl');
  throw new InvalidReportingPeriod(`period must look like 2025-Q1, FY2025, 2025 or 2025-01-01..2025-06-30, not "${label}"`);
}

function explicitRange(label: string, from: string, to: string): ReportingPeriod {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new InvalidReportingPeriod(`period ${label} names a day that does not exist`);
  if (to < from) throw new InvalidReportingPeriod(`period ${label} ends before it starts`);
  return { label, from, to, description: `${from} – ${to}` };
}

/** Fiscal quarter n of FY y starts in October of y-1: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep. */
function quarterOf(label: string, year: number, quarter: number, fiscal: boolean): ReportingPeriod {
  const startMonth = fiscal ? 9 + (quarter - 1) * 3 : (quarter - 1) * 3;
  const start = new Date(Date.UTC(fiscal ? year - 1 : year, startMonth, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  const description = fiscal ? `FY${year} Q${quarter} (US fiscal year)` : `${year} Q${quarter}`;
  return { label, from: day(start), to: day(end), description };
}

function yearOf(label: string, year: number, fiscal: boolean): ReportingPeriod {
  if (fiscal) return { label, from: `${year - 1}-10-01`, to: `${year}-09-30`, description: `FY${year} (US fiscal year)` };
  return { label, from: `${year}-01-01`, to: `${year}-12-31`, description: `${year}` };
}

/** The period that follows, of the same length in months (quarter → next quarter); used for "next steps". */
export function nextQuarterAfter(period: ReportingPeriod): { from: string; to: string } {
  const start = new Date(`${period.to}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 0));
  return { from: day(start), to: day(end) };
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && day(date) === value;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
