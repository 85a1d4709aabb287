import type { SpotlightPillar } from '../../reporting-framework/reporting-framework.events';
import type { TagLabelsByCode } from '../../recommendations/tag-labels';

/**
 * The vocabularies' terms a report reads, as plain data: a report is produced in a worker thread, which has no Nest,
 * so the main thread passes them with the job. Labels show tags in the report's language; a theme's default pillar
 * counts it under a Spotlight pillar when the donor has not mapped it.
 */
export interface ReportTerms {
  labels: TagLabelsByCode;
  defaultPillars: Record<string, SpotlightPillar>;
}

interface Term {
  code: string;
  labels: { en: string; ru: string; tg: string };
  defaultPillar?: SpotlightPillar | null;
}

/** The terms of the two vocabularies reports show (themes and regions), from the vocabularies' lists. */
export function reportTermsOf(vocabularies: { terms(kind: 'themes' | 'regions'): Term[] }): ReportTerms {
  const byCode = (terms: Term[]) => Object.fromEntries(terms.map((t) => [t.code, t.labels]));
  const themes = vocabularies.terms('themes');
  const defaultPillars = Object.fromEntries(themes.flatMap((t) => (t.defaultPillar ? [[t.code, t.defaultPillar]] : [])));
  return { labels: { themes: byCode(themes), regions: byCode(vocabularies.terms('regions')) }, defaultPillars };
}
