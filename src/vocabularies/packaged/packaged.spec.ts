import { SPOTLIGHT_PILLARS } from '../../reporting-framework/reporting-framework.events';
import { normaliseTermText, VOCABULARY_KINDS } from '../vocabulary';
import { PACKAGED_VOCABULARIES } from '.';

describe('the packaged vocabularies', () => {
  it.each(VOCABULARY_KINDS)('%s: codes unique, labels in three languages, parents listed before their children', (kind) => {
    const seen = new Set<string>();
    for (const term of PACKAGED_VOCABULARIES[kind]) {
      expect(seen.has(term.code)).toBe(false);
      for (const language of ['en', 'ru', 'tg'] as const) expect(term.labels[language].trim()).not.toBe('');
      if (term.parent) expect(seen.has(term.parent)).toBe(true);
      seen.add(term.code);
    }
  });

  it.each(VOCABULARY_KINDS)('%s: no text (code, label or alias) names two terms once normalised', (kind) => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of PACKAGED_VOCABULARIES[kind]) {
      for (const text of [term.code, ...Object.values(term.labels), ...(term.aliases ?? [])]) {
        const normalised = normaliseTermText(text);
        const earlier = owner.get(normalised);
        if (earlier !== undefined && earlier !== term.code) clashes.push(`${text}: ${earlier} and ${term.code}`);
        owner.set(normalised, earlier ?? term.code);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has the slugs the demo tags with, each theme with a Spotlight pillar', () => {
    const demo = ['prevention', 'services', 'civil-society', 'awareness', 'youth', 'legal-aid', 'shelters', 'laws-and-policies', 'health', 'education'];
    const codes = PACKAGED_VOCABULARIES.themes.map((term) => term.code);
    expect(codes).toEqual(expect.arrayContaining([...demo, 'economic-empowerment', 'data', 'training', 'police', 'justice', 'child-marriage']));
    for (const theme of PACKAGED_VOCABULARIES.themes) expect(SPOTLIGHT_PILLARS).toContain(theme.defaultPillar);
  });

  it("has Tajikistan's five regions by ISO 3166-2 code, each district under one of them", () => {
    const regions = PACKAGED_VOCABULARIES.regions.filter((term) => !term.parent).map((term) => term.code);
    expect(regions).toEqual(['TJ-DU', 'TJ-KT', 'TJ-SU', 'TJ-GB', 'TJ-RA']);
    for (const district of PACKAGED_VOCABULARIES.regions.filter((term) => term.parent)) expect(district.code.startsWith(`${district.parent}-`)).toBe(true);
  });

  it('has SDG targets 5.1–5.6, 5.a–5.c and 16.1–16.3', () => {
    const codes = PACKAGED_VOCABULARIES.sdgTargets.map((term) => term.code);
    expect(codes).toEqual(expect.arrayContaining(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.a', '5.b', '5.c', '16.1', '16.2', '16.3']));
  });

  it('has CEDAW articles 1–16 and UPR cycles 1–4', () => {
    const areas = PACKAGED_VOCABULARIES.cedawAreas.map((term) => term.code);
    for (let article = 1; article <= 16; article++) expect(areas).toContain(`art-${article}`);
    const mechanisms = PACKAGED_VOCABULARIES.mechanisms.map((term) => term.code);
    expect(mechanisms).toEqual(expect.arrayContaining(['upr-1', 'upr-2', 'upr-3', 'upr-4']));
  });
});
