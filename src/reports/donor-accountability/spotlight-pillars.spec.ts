import { VocabularyIndex } from '../../vocabularies/vocabulary-index';
import { VocabularyTermAdded } from '../../vocabularies/vocabulary.events';
import { builtInPillarOf, pillarOf } from './spotlight-pillars';

describe('the Spotlight pillar of a theme', () => {
  it("is the packaged theme's default pillar, whichever way the theme is written", () => {
    expect(builtInPillarOf('legal-aid')).toBe('services');
    expect(builtInPillarOf('Legal aid')).toBe('services');
    expect(builtInPillarOf('Юридическая помощь')).toBe('services');
    expect(builtInPillarOf('civil-society')).toBe('womens_movements');
    expect(builtInPillarOf('training')).toBe('institutions');
    expect(builtInPillarOf('Правосудие и суды')).toBe('institutions');
    expect(builtInPillarOf('child-marriage')).toBe('prevention');
    expect(builtInPillarOf('laws & policies')).toBe('laws_and_policies');
  });

  it('falls back to the words of each pillar for free text no theme names, and to none', () => {
    expect(builtInPillarOf('judicial reform')).toBe('institutions');
    expect(builtInPillarOf('gender statistics office')).toBe('data');
    expect(builtInPillarOf('anti-corruption')).toBeNull();
  });

  it('uses the themes coordinators added when given the vocabularies', () => {
    const vocabulary = new VocabularyIndex();
    const labels = { en: 'Femicide', ru: 'Фемицид', tg: 'Фемисид' };
    vocabulary.apply(new VocabularyTermAdded({ kind: 'themes', code: 'femicide', labels, parent: null, aliases: [], defaultPillar: 'data' }));
    expect(builtInPillarOf('Femicide', vocabulary)).toBe('data');
    expect(builtInPillarOf('Femicide')).toBeNull();
  });
});

describe("a recommendation's pillar", () => {
  it("is its first theme's that maps, the donor's mapping before the built-in one", () => {
    expect(pillarOf(['anti-corruption', 'youth'], {})).toBe('prevention');
    expect(pillarOf(['youth', 'legal-aid'], { 'legal-aid': 'institutions' })).toBe('prevention');
    expect(pillarOf(['legal-aid', 'youth'], { 'legal-aid': 'institutions' })).toBe('institutions');
    expect(pillarOf(['anti-corruption'], {})).toBe('unmapped');
    expect(pillarOf([], { youth: 'data' })).toBe('unmapped');
  });

  it("matches the mapping's themes to the recommendation's by term, not by spelling", () => {
    expect(pillarOf(['legal-aid'], { 'legal aid': 'institutions' })).toBe('institutions');
    expect(pillarOf(['Legal_Aid'], { 'legal-aid': 'data' })).toBe('data');
    expect(pillarOf(['Khatlon hotline'], { 'khatlon-hotline': 'services' })).toBe('services');
  });

  it("takes the mapping's entry written as the term's code over another spelling of it", () => {
    expect(pillarOf(['legal aid'], { 'Legal Aid': 'data', 'legal-aid': 'institutions' })).toBe('institutions');
    expect(pillarOf(['legal aid'], { 'Legal Aid': 'data', 'free legal aid': 'institutions' })).toBe('data');
  });
});
