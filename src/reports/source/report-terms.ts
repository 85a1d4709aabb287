import type { TagLabelsByCode } from '../../recommendations/tag-labels';

/**
 * The vocabularies' terms a report reads, as plain data: a report is produced in a worker thread, which has no Nest,
 * so the main thread passes them with the job. Their labels show tags in the report's language.
 */
export interface ReportTerms {
  labels: TagLabelsByCode;
}

interface Term {
  code: string;
  labels: { en: string; ru: string; tg: string };
}

/** The terms of the two vocabularies reports show (themes and regions), from the vocabularies' lists. */
export function reportTermsOf(vocabularies: { terms(kind: 'themes' | 'regions'): Term[] }): ReportTerms {
  const byCode = (terms: Term[]) => Object.fromEntries(terms.map((t) => [t.code, t.labels]));
  return { labels: { themes: byCode(vocabularies.terms('themes')), regions: byCode(vocabularies.terms('regions')) } };
}
