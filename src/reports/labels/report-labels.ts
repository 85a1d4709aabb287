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
    /** A long list shortened in HTML and PDF (docs/reports.md, "Long lists in HTML and PDF"): numbers already written out. */
    notListed: NotListedSentences;
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

/** What HTML and PDF say under the heading of a list they shorten: how many are listed, by which order, how many more, where all are. */
export interface NotListedSentences {
  transitions: (listed: string, total: string, more: string) => string;
  recommendations: (listed: string, total: string, more: string) => string;
  forums: (listed: string, total: string, more: string, recommendations: string) => string;
  overdue: (listed: string, total: string, more: string) => string;
  items: (listed: string, total: string, more: string) => string;
}

export const REPORT_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];
