import type { TagVocabulary } from './recommendation.events';

export interface TagLabels {
  en: string;
  ru: string;
  tg: string;
}
export type TagLanguage = keyof TagLabels;

/** A vocabulary's term as tagging needs it. */
export interface TagTerm {
  code: string;
  labels: TagLabels;
  /** A district's region, …; null at the top. */
  parent: string | null;
  retired: boolean;
}

/**
 * The controlled vocabularies recommendations are tagged from, as recommendations see them: the port
 * src/tagging binds to src/vocabularies' provider (which reads its own read model, so the vocabularies depend on
 * projections, and projections on recommendations: recommendations cannot import them).
 */
export abstract class TagVocabularies {
  abstract terms(kind: TagVocabulary): TagTerm[];
  abstract term(kind: TagVocabulary, code: string): TagTerm | undefined;
  abstract label(kind: TagVocabulary, code: string, language: TagLanguage): { text: string; known: boolean };
  /** Once the vocabulary includes every change recorded to it so far. */
  abstract upToDate(kind: TagVocabulary): Promise<void>;
}
