/**
 * A reporting period: the days a report covers, both ends included, read in the donor's own year. A
 * donor's reporting profile gives the month its fiscal year starts (January by default: the calendar
 * year; the US government's from October, the UK's from April). A fiscal year is named by the calendar
 * year in which it ends: the US FY2025 runs from 1 October 2024 to 30 September 2025. `2025` and
 * `FY2025` are that year, `2025-Q1`/`FY2025-Q1` its first quarter, `2025-H2` its second half; an
 * explicit range `2025-01-01..2025-06-30` is read as written.
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
  /** What the label means: a range, or a whole, half or quarter of fiscal year `fiscalYear`. */
  kind: 'range' | 'year' | 'half' | 'quarter';
  fiscalYear: number | null;
  /** The half (1–2) or quarter (1–4). */
  part: number | null;
  /** The month (1–12) the donor's fiscal year starts. */
  fiscalYearStartMonth: number;
  /** In the report's language, saying whose year it is (set when the report is assembled). */
  description: string;
}

export class InvalidReportingPeriod extends Error {}

export const PERIOD_PATTERN = /^(\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}|(FY)?\d{4}(-Q[1-4]|-H[12])?)$/;

const PART = /^(?:FY)?(\d{4})(?:-([QH])([1-4]))?$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

export function parseReportingPeriod(label: string, fiscalYearStartMonth = 1): ReportingPeriod {
  const range = RANGE.exec(label);
  if (range) return explicitRange(label, range[1], range[2], fiscalYearStartMonth);
  const part = PART.exec(label);
  if (!part || (part[2] === 'H' && Number(part[3]) > 2)) {
    throw new InvalidReportingPeriod(`period must look like 2025-Q1, 2025-H1, FY2025, 2025 or 2025-01-01..2025-06-30, not "${label}"`);
  }
  const fiscalYear = Number(part[1]);
  const months = part[2] === 'Q' ? 3 : part[2] === 'H' ? 6 : 12;
  const index = part[3] ? Number(part[3]) - 1 : 0;
  // The fiscal year ends in the calendar year it is named by: it starts in that year when it starts in January.
  const startYear = fiscalYearStartMonth === 1 ? fiscalYear : fiscalYear - 1;
  const start = new Date(Date.UTC(startYear, fiscalYearStartMonth - 1 + index * months, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 0));
  const kind = part[2] === 'Q' ? 'quarter' : part[2] === 'H' ? 'half' : 'year';
  return { label, from: day(start), to: day(end), kind, fiscalYear, part: part[3] ? index + 1 : null, fiscalYearStartMonth, description: label };
}

function explicitRange(label: string, from: string, to: string, fiscalYearStartMonth: number): ReportingPeriod {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new InvalidReportingPeriod(`period ${label} names a day that does not exist`);
  if (to < from) throw new InvalidReportingPeriod(`period ${label} ends before it starts`);
  return { label, from, to, kind: 'range', fiscalYear: null, part: null, fiscalYearStartMonth, description: `${from} – ${to}` };
}

/** The three months after the period; used for "next steps". */
export function nextQuarterAfter(period: { to: string }): { from: string; to: string } {
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
