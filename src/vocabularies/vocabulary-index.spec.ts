import fc from 'fast-check';
import { PACKAGED_VOCABULARIES } from './packaged';
import { VOCABULARY_KINDS, VocabularyKind } from './vocabulary';
import { VocabularyIndex } from './vocabulary-index';
import { VocabularyTermAdded, VocabularyTermRelabelled, VocabularyTermRetired } from './vocabulary.events';

/** Every text a packaged term is named by, with the term's code. */
function namings(kind: VocabularyKind): [string, string][] {
  return PACKAGED_VOCABULARIES[kind].flatMap((term) =>
    [term.code, ...Object.values(term.labels), ...(term.aliases ?? [])].map((text): [string, string] => [text, term.code]),
  );
}

/** The reference: a text's letters (with their marks) and digits in lower case, ё as е, apostrophes dropped, words split at anything else. */
function words(text: string): string {
  const letters = text
    .normalize('NFC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/['’ʼ`]/g, '');
  return (letters.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ');
}

const SEPARATORS = fc.constantFrom(' ', '-', '_', '  ', ' - ', '__', '\t', '.', ', ', '/');

/** The same text as someone else might type it: other case, other separators between its words, stray spaces, ё for е. */
function retyped(text: string): fc.Arbitrary<string> {
  const parts = text.split(/[^\p{L}\p{M}\p{N}'’ʼ`]+/u).filter(Boolean);
  return fc
    .tuple(
      fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }),
      fc.array(SEPARATORS, { minLength: parts.length, maxLength: parts.length }),
      fc.constantFrom('', ' ', '  ', '-'),
      fc.constantFrom('', ' ', '.', ' !'),
      fc.boolean(),
    )
    .map(([upper, separators, before, after, yo]) => {
      let chars = 0;
      const cased = parts.map((part) => [...part].map((char) => (upper[chars++ % upper.length] ? char.toUpperCase() : char.toLowerCase())).join(''));
      const joined = cased.map((part, i) => (i === 0 ? part : separators[i] + part)).join('');
      return before + (yo ? joined.replace(/е/g, 'ё').replace(/Е/g, 'Ё') : joined) + after;
    });
}

describe('resolving a text to a term', () => {
  const index = new VocabularyIndex();

  it.each(VOCABULARY_KINDS)('%s: finds a term from any of its labels, aliases or its code, however retyped', (kind) => {
    const named = fc.constantFrom(...namings(kind)).chain(([text, code]) => retyped(text).map((typed) => ({ typed, code })));
    fc.assert(
      fc.property(named, ({ typed, code }) => {
        expect(index.resolve(kind, typed)?.code).toBe(code);
      }),
      { numRuns: 500 },
    );
  });

  it.each(VOCABULARY_KINDS)('%s: resolves nothing whose words name no term, and only to a term named by those words', (kind) => {
    const known = new Map(namings(kind).map(([text, code]) => [words(text), code]));
    const texts = namings(kind).map(([text]) => text);
    const nearMiss = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom('a', 'б', 'ҳ', 'ё', 'E', '-', ' ', '5', '.', '_') }),
      fc.tuple(fc.constantFrom(...texts), fc.string({ minLength: 1, maxLength: 3 })).map(([text, extra]) => text + extra),
      fc.tuple(fc.constantFrom(...texts), fc.nat()).map(([text, at]) => text.slice(0, at % text.length) + text.slice((at % text.length) + 1)),
    );
    fc.assert(
      fc.property(nearMiss, (text) => {
        const found = index.resolve(kind, text);
        if (known.has(words(text))) expect(found?.code).toBe(known.get(words(text)));
        else expect(found).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves the demo spellings of themes and regions', () => {
    expect(index.resolve('themes', 'legal aid')?.code).toBe('legal-aid');
    expect(index.resolve('themes', 'Legal_Aid')?.code).toBe('legal-aid');
    expect(index.resolve('themes', 'Юридическая помощь')?.code).toBe('legal-aid');
    expect(index.resolve('regions', 'Khatlon')?.code).toBe('TJ-KT');
    expect(index.resolve('regions', 'GBAO')?.code).toBe('TJ-GB');
    expect(index.resolve('regions', 'DRS')?.code).toBe('TJ-RA');
    expect(index.resolve('regions', 'Согдийская область')?.code).toBe('TJ-SU');
    expect(index.resolve('regions', '  ')).toBeUndefined();
    expect(index.resolve('themes', 'Khatlon')).toBeUndefined();
    expect(index.resolve('themes', 'womens movement')?.code).toBe('womens-organisations');
    expect(index.resolve('regions', 'Рӯдакӣ')?.code).toBe('TJ-RA-rudaki');
    expect(index.resolve('regions', 'Ру\u0304дакӣ')?.code).toBe('TJ-RA-rudaki');
  });
});

describe('a vocabulary index', () => {
  const almaty = { kind: 'regions' as const, code: 'KZ-75', labels: { en: 'Almaty', ru: 'Алматы', tg: 'Алмаато' }, parent: null, aliases: ['Alma-Ata'] };

  it('lists packaged terms first in their order, then added ones, and labels them in each language', () => {
    const index = new VocabularyIndex();
    index.apply(new VocabularyTermAdded(almaty));
    const codes = index.terms('regions').map((term) => term.code);
    expect(codes.slice(0, 5)).toEqual(['TJ-DU', 'TJ-KT', 'TJ-SU', 'TJ-GB', 'TJ-RA']);
    expect(codes.at(-1)).toBe('KZ-75');
    expect(index.term('regions', 'KZ-75')).toEqual({ ...almaty, retired: false, packaged: false });
    expect(index.label('regions', 'KZ-75', 'tg')).toEqual({ text: 'Алмаато', known: true });
    expect(index.label('regions', 'TJ-KT', 'ru')).toEqual({ text: 'Хатлонская область', known: true });
    expect(index.label('themes', 'Legal aid ', 'en')).toEqual({ text: 'Legal aid ', known: false });
  });

  it('resolves by the new labels after a relabelling, not the old; a retired term still resolves and is kept', () => {
    const index = new VocabularyIndex();
    index.apply(new VocabularyTermAdded(almaty));
    expect(index.resolve('regions', 'alma ata')?.code).toBe('KZ-75');
    index.apply(
      new VocabularyTermRelabelled({ kind: 'regions', code: 'KZ-75', labels: { en: 'Almaty city', ru: 'г. Алматы', tg: 'ш. Алмаато' }, aliases: [] }),
    );
    expect(index.resolve('regions', 'Almaty City')?.code).toBe('KZ-75');
    expect(index.resolve('regions', 'Alma-Ata')).toBeUndefined();
    index.apply(new VocabularyTermRetired({ kind: 'themes', code: 'police' }));
    expect(index.resolve('themes', 'Police')).toMatchObject({ code: 'police', retired: true, defaultPillar: 'institutions' });
    expect(
      index
        .terms('themes')
        .filter((term) => term.retired)
        .map((term) => term.code),
    ).toEqual(['police']);
  });

  it('is rebuilt from its snapshot with the same terms and lookups', () => {
    const index = new VocabularyIndex();
    index.apply(new VocabularyTermAdded(almaty));
    index.apply(new VocabularyTermRetired({ kind: 'themes', code: 'police' }));
    const rebuilt = new VocabularyIndex(JSON.parse(JSON.stringify(index.snapshot())));
    for (const kind of VOCABULARY_KINDS) expect(rebuilt.terms(kind)).toEqual(index.terms(kind));
    expect(rebuilt.resolve('regions', 'alma ata')?.code).toBe('KZ-75');
    expect(rebuilt.term('themes', 'police')?.retired).toBe(true);
  });

  it('hands out copies: changing what it answered changes nothing in it', () => {
    const index = new VocabularyIndex();
    const term = index.term('themes', 'youth')!;
    term.labels.en = 'changed';
    term.aliases.push('changed');
    expect(index.term('themes', 'youth')?.labels.en).toBe('Youth');
    expect(index.resolve('themes', 'changed')).toBeUndefined();
  });
});
