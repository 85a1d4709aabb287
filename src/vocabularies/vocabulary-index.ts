import { PACKAGED_VOCABULARIES } from './packaged';
import { normaliseTermText, TermLanguage, VOCABULARY_KINDS, VocabularyKind, VocabularyTerm } from './vocabulary';
import type { VocabularyEvent } from './vocabulary.events';

export type VocabularySnapshot = Record<VocabularyKind, VocabularyTerm[]>;

function packagedTerms(kind: VocabularyKind): VocabularyTerm[] {
  return PACKAGED_VOCABULARIES[kind].map((term) => ({
    kind,
    code: term.code,
    labels: { ...term.labels },
    parent: term.parent ?? null,
    aliases: [...(term.aliases ?? [])],
    retired: false,
    packaged: true,
    ...(kind === 'themes' ? { defaultPillar: term.defaultPillar ?? null } : {}),
  }));
}

/**
 * Every vocabulary's terms, packaged then added in the order they were added, with a lookup by normalised text.
 * Where two terms share a normalised text, the earlier term's code, then its labels, then its aliases win.
 */
export class VocabularyIndex {
  private readonly byKind = new Map<VocabularyKind, Map<string, VocabularyTerm>>();
  private readonly texts = new Map<VocabularyKind, Map<string, string>>();

  /** The packaged terms; or, given a snapshot (Vocabularies.snapshot(), e.g. sent to a worker thread), those terms. */
  constructor(snapshot?: VocabularySnapshot) {
    for (const kind of VOCABULARY_KINDS) {
      const terms = snapshot ? snapshot[kind].map(copy) : packagedTerms(kind);
      this.byKind.set(kind, new Map(terms.map((term) => [term.code, term])));
    }
  }

  /** Every vocabulary's terms as they stand: plain data, to rebuild the index elsewhere with `new VocabularyIndex(snapshot)`. */
  snapshot(): VocabularySnapshot {
    return Object.fromEntries(VOCABULARY_KINDS.map((kind) => [kind, this.terms(kind)])) as VocabularySnapshot;
  }

  terms(kind: VocabularyKind): VocabularyTerm[] {
    return [...this.kindTerms(kind).values()].map(copy);
  }

  term(kind: VocabularyKind, code: string): VocabularyTerm | undefined {
    const term = this.kindTerms(kind).get(code);
    return term && copy(term);
  }

  resolve(kind: VocabularyKind, text: string): VocabularyTerm | undefined {
    const exact = this.term(kind, text);
    if (exact) return exact;
    const normalised = normaliseTermText(text);
    if (normalised === '') return undefined;
    const code = this.textIndex(kind).get(normalised);
    return code === undefined ? undefined : this.term(kind, code);
  }

  label(kind: VocabularyKind, code: string, language: TermLanguage): { text: string; known: boolean } {
    const term = this.kindTerms(kind).get(code);
    return term ? { text: term.labels[language] || term.labels.en, known: true } : { text: code, known: false };
  }

  /** Folds a vocabulary event in; an event for a term it does not hold (or holds already, when added) changes nothing. */
  apply(event: VocabularyEvent): void {
    const terms = this.kindTerms(event.data.kind);
    const term = terms.get(event.data.code);
    switch (event.type) {
      case 'VocabularyTermAdded':
        if (!term) terms.set(event.data.code, addedTerm(event.data));
        break;
      case 'VocabularyTermRelabelled':
        if (term) terms.set(term.code, { ...term, labels: { ...event.data.labels }, aliases: [...(event.data.aliases ?? term.aliases)] });
        break;
      case 'VocabularyTermRetired':
      case 'VocabularyTermRestored':
        if (term) terms.set(term.code, { ...term, retired: event.type === 'VocabularyTermRetired' });
        break;
    }
    this.texts.delete(event.data.kind);
  }

  private kindTerms(kind: VocabularyKind): Map<string, VocabularyTerm> {
    const terms = this.byKind.get(kind);
    if (!terms) throw new Error(`no vocabulary ${String(kind)}`);
    return terms;
  }

  private textIndex(kind: VocabularyKind): Map<string, string> {
    let index = this.texts.get(kind);
    if (!index) {
      index = buildTextIndex([...this.kindTerms(kind).values()]);
      this.texts.set(kind, index);
    }
    return index;
  }
}

function buildTextIndex(terms: VocabularyTerm[]): Map<string, string> {
  const index = new Map<string, string>();
  const add = (text: string, code: string) => {
    const normalised = normaliseTermText(text);
    if (normalised !== '' && !index.has(normalised)) index.set(normalised, code);
  };
  for (const term of terms) add(term.code, term.code);
  for (const term of terms) for (const label of Object.values(term.labels)) add(label, term.code);
  for (const term of terms) for (const alias of term.aliases) add(alias, term.code);
  return index;
}

function addedTerm(data: Extract<VocabularyEvent, { type: 'VocabularyTermAdded' }>['data']): VocabularyTerm {
  const { kind, code, labels, parent, aliases, defaultPillar } = data;
  return {
    kind,
    code,
    labels: { ...labels },
    parent,
    aliases: [...aliases],
    retired: false,
    packaged: false,
    ...(kind === 'themes' ? { defaultPillar: defaultPillar ?? null } : {}),
  };
}

function copy(term: VocabularyTerm): VocabularyTerm {
  return { ...term, labels: { ...term.labels }, aliases: [...term.aliases] };
}
