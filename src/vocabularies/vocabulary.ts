import type { SpotlightPillar } from '../reporting-framework/reporting-framework.events';

/** The controlled vocabularies recommendations are tagged from (docs/vocabularies.md). */
export const VOCABULARY_KINDS = ['themes', 'regions', 'sdgTargets', 'cedawAreas', 'mechanisms'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

export const TERM_LANGUAGES = ['en', 'ru', 'tg'] as const;
export type TermLanguage = (typeof TERM_LANGUAGES)[number];

export interface TermLabels {
  en: string;
  ru: string;
  tg: string;
}

export interface VocabularyTerm {
  kind: VocabularyKind;
  code: string;
  labels: TermLabels;
  /** A district's region, a General Recommendation 35 area's article, …; null at the top. */
  parent: string | null;
  /** Earlier free-text spellings that resolve to it ('legal aid', 'Khatlon'). */
  aliases: string[];
  /** Kept for history, not offered for new tagging. */
  retired: boolean;
  /** Shipped with the app rather than added by a coordinator. */
  packaged: boolean;
  /** Themes only: the Spotlight pillar a theme counts under when a donor has not mapped it. */
  defaultPillar?: SpotlightPillar | null;
}

/** A term as the packaged lists write it: what a term is before anyone retires it. */
export type PackagedTerm = Omit<VocabularyTerm, 'kind' | 'retired' | 'packaged' | 'parent' | 'aliases'> & {
  parent?: string | null;
  aliases?: string[];
};

export function isVocabularyKind(value: string): value is VocabularyKind {
  return (VOCABULARY_KINDS as readonly string[]).includes(value);
}

/**
 * The form texts are compared in: lower case, ё as е, apostrophes dropped ("women's" is "womens"), and every run of
 * spaces, hyphens, underscores and other punctuation as one space, trimmed. 'Legal_Aid', ' legal-aid ' and
 * 'legal aid.' all become 'legal aid'.
 */
export function normaliseTermText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/ё/g, 'е')
    .replace(/['’ʼ`]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}
