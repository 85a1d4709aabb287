import type { TagLabelsByCode } from '../../recommendations/tag-labels';
import type { VocabularyTerm } from '../../vocabularies/vocabulary';

/**
 * The vocabularies' terms a report reads, as plain data: a report is produced in a worker thread, which has no Nest,
 * so the main thread passes them with the job. Their labels show tags in the report's language.
 */
export interface ReportTerms {
  labels: TagLabelsByCode;
  /** Every theme, those coordinators added included, for the EU pillar mapping's default pillars. */
  themes?: VocabularyTerm[];
}

/** The terms of the two vocabularies reports show (themes and regions), from the vocabularies' lists. */
export function reportTermsOf(vocabularies: { terms(kind: 'themes' | 'regions'): VocabularyTerm[] }): ReportTerms {
  const byCode = (terms: VocabularyTerm[]) => Object.fromEntries(terms.map((t) => [t.code, t.labels]));
  const themes = vocabularies.terms('themes');
  return { labels: { themes: byCode(themes), regions: byCode(vocabularies.terms('regions')) }, themes };
}
