import type { TagVocabulary } from './recommendation.events';
import type { TagLabels, TagLanguage } from './tag-vocabularies';

/** What labels a tag: the Vocabularies provider, or a snapshot of its terms (a report's worker has no Nest). */
export interface TagLabeller {
  label(kind: TagVocabulary, code: string, language: TagLanguage): { text: string; known: boolean };
}

/** The labels of every term, by vocabulary and code: what a report's source carries into its worker. */
export type TagLabelsByCode = Partial<Record<TagVocabulary, Record<string, TagLabels>>>;

/** How a tag no vocabulary holds reads (free text recorded before the vocabularies, or a term since removed): the code, marked. */
export const unknownTag = (code: string): string => `${code} (?)`;

/** A tag as the reader reads it: its label in their language, or the code marked unknown. */
export function tagLabel(labeller: TagLabeller, kind: TagVocabulary, code: string, language: TagLanguage): string {
  const { text, known } = labeller.label(kind, code, language);
  return known ? text : unknownTag(code);
}

/** A labeller over a snapshot of the terms. */
export function snapshotLabeller(terms: TagLabelsByCode): TagLabeller {
  return {
    label: (kind, code, language) => {
      const labels = terms[kind]?.[code];
      return labels ? { text: labels[language] || labels.en, known: true } : { text: code, known: false };
    },
  };
}
