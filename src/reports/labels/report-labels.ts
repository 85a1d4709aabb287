/** The words of reports in one language. User-entered text is never translated. */
export interface ReportLabels {
  language: string;
  titles: Record<string, string>;
  sections: Record<string, string>;
  fields: Record<string, string>;
  statuses: Record<string, string>;
  events: Record<string, string>;
  indicators: Record<string, string>;
  pillars: Record<string, string>;
  roles: Record<string, string>;
  buckets: Record<string, string>;
  yes: string;
  no: string;
  none: string;
  noTarget: string;
  sentences: {
    accomplished: (text: string, organisation: string, date: string, detail: string | null) => string;
    indicatorMissed: (indicator: string, target: string, actual: string) => string;
    overdue: (text: string, organisation: string, dueDate: string, reason: string | null) => string;
    setback: (event: string, text: string, organisation: string, date: string, reason: string | null) => string;
    nextStep: (text: string, organisation: string, dueDate: string, status: string) => string;
    nothing: string;
    /** The closing line: how to get exactly this report again. */
    regenerate: (position: string, asOf: string, language: string) => string;
  };
  /** How a reporting period is described: whose fiscal year it is and when that year starts. */
  periods: {
    year: (fiscalYear: number) => string;
    half: (fiscalYear: number, half: number) => string;
    quarter: (fiscalYear: number, quarter: number) => string;
    /** "the fiscal year of INL, from 1 October"; for a calendar year, "calendar year". */
    whose: (donor: string, startMonth: string) => string;
    calendarYear: string;
    /** Month names in the genitive where the language needs it ("1 октября"). */
    months: string[];
  };
}

export const REPORT_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
