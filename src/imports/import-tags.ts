import type { VocabularyKind, VocabularyTerm } from '../vocabularies/vocabulary';
import type { ImportRowDto } from './dto/import-row.dto';
import type { RowProblem } from './import-preview';
import { nearestNames } from './nearest-names';
import type { ColumnKey } from './template-columns';

/** The columns tagged from a vocabulary, and which. */
export const TAG_COLUMNS = {
  themes: 'themes',
  targetRegions: 'regions',
  sdgTargets: 'sdgTargets',
  cedawAreas: 'cedawAreas',
  mechanisms: 'mechanisms',
} as const;
export type TagColumn = keyof typeof TAG_COLUMNS;

/** What the import reads of the vocabularies. */
export interface TermFinder {
  terms(kind: VocabularyKind): VocabularyTerm[];
  resolve(kind: VocabularyKind, text: string): VocabularyTerm | undefined;
}

/**
 * The row's tag cells as codes: each value may be a code or a label (in English, Russian or Tajik) or an alias of a
 * current term. A value that names none, or a retired term, is a problem of its column naming the nearest terms.
 */
export function tagsAsCodes(row: ImportRowDto, vocabularies: TermFinder, problems: RowProblem[]): void {
  for (const column of Object.keys(TAG_COLUMNS) as TagColumn[]) {
    const kind = TAG_COLUMNS[column];
    const codes: string[] = [];
    for (const value of row[column] ?? []) {
      const term = vocabularies.resolve(kind, value);
      if (term && !term.retired) {
        if (!codes.includes(term.code)) codes.push(term.code);
        continue;
      }
      problems.push(problemOf(column as ColumnKey, kind, value, term, vocabularies));
    }
    row[column] = codes;
  }
}

function problemOf(field: ColumnKey, kind: VocabularyKind, value: string, term: VocabularyTerm | undefined, vocabularies: TermFinder): RowProblem {
  const current = vocabularies.terms(kind).filter((t) => !t.retired);
  if (term) {
    return {
      field,
      rule: 'retiredTerm',
      message: `"${value}" is retired from the ${kind} vocabulary: choose a current term`,
      params: { value, vocabulary: kind },
    };
  }
  const byName = new Map(current.flatMap((t) => [t.code, t.labels.en, t.labels.ru, t.labels.tg, ...t.aliases].map((name) => [name, t] as const)));
  const nearest = [...new Set(nearestNames(value, [...byName.keys()], 6).map((name) => byName.get(name) as VocabularyTerm))].slice(0, 3);
  const suggestions = nearest.map((t) => `${t.labels.en} (${t.code})`);
  const message = `"${value}" is not a term of the ${kind} vocabulary${suggestions.length ? `; nearest: ${suggestions.join(', ')}` : ''}`;
  return { field, rule: 'notInVocabulary', message, params: { value, vocabulary: kind }, suggestions };
}
