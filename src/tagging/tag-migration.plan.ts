import type { TagLabels } from '../recommendations/tag-vocabularies';

/** The two fields that were free text before the vocabularies, and the vocabulary each now takes its codes from. */
export const FREE_TEXT_FIELDS = { themes: 'themes', targetRegions: 'regions' } as const;
export type FreeTextField = keyof typeof FREE_TEXT_FIELDS;

export interface MappedTerm {
  code: string;
  labels: TagLabels;
  retired: boolean;
}

/** What the migration reads of the vocabularies: whether a value is a code, and the term a text names. */
export interface TermResolver {
  term(kind: 'themes' | 'regions', code: string): MappedTerm | undefined;
  resolve(kind: 'themes' | 'regions', text: string): MappedTerm | undefined;
}

export interface Tagged {
  id: string;
  themes: string[];
  targetRegions: string[];
}

/** One distinct free-text value: the term it resolves to (none: it stays as it is), and how many recommendations carry it. */
export interface MappedValue {
  field: FreeTextField;
  value: string;
  term: MappedTerm | null;
  recommendations: number;
}

/** What applying would record for one recommendation: the fields that change, as they would read. */
export interface TagCorrection {
  recommendationId: string;
  content: Partial<Record<FreeTextField, string[]>>;
}

const FIELDS = Object.keys(FREE_TEXT_FIELDS) as FreeTextField[];

/** Each distinct value that is not a code of its vocabulary, with what it resolves to; in field, then value order. */
export function mappedValues(recommendations: Tagged[], vocabularies: TermResolver): MappedValue[] {
  const found = new Map<string, MappedValue>();
  for (const recommendation of recommendations) {
    for (const field of FIELDS) {
      for (const value of new Set(recommendation[field])) {
        const kind = FREE_TEXT_FIELDS[field];
        if (vocabularies.term(kind, value)) continue;
        const key = JSON.stringify([field, value]);
        const entry = found.get(key) ?? { field, value, term: vocabularies.resolve(kind, value) ?? null, recommendations: 0 };
        entry.recommendations++;
        found.set(key, entry);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.field.localeCompare(b.field) || a.value.localeCompare(b.value));
}

/**
 * The corrections applying records: a field is mapped when every value in it is or resolves to a current term (a
 * field with a value that resolves to none, or to a retired term, is left as it is: a correction to it would be
 * refused), and only when the mapped list differs from what stands.
 */
export function tagCorrections(recommendations: Tagged[], vocabularies: TermResolver): TagCorrection[] {
  const corrections: TagCorrection[] = [];
  for (const recommendation of recommendations) {
    const content: TagCorrection['content'] = {};
    for (const field of FIELDS) {
      const mapped = mappedField(recommendation[field], FREE_TEXT_FIELDS[field], vocabularies);
      if (mapped && JSON.stringify(mapped) !== JSON.stringify(recommendation[field])) content[field] = mapped;
    }
    if (Object.keys(content).length > 0) corrections.push({ recommendationId: recommendation.id, content });
  }
  return corrections;
}

function mappedField(values: string[], kind: 'themes' | 'regions', vocabularies: TermResolver): string[] | null {
  const codes: string[] = [];
  for (const value of values) {
    const term = vocabularies.term(kind, value) ?? vocabularies.resolve(kind, value);
    if (!term || term.retired) return null;
    if (!codes.includes(term.code)) codes.push(term.code);
  }
  return codes;
}
