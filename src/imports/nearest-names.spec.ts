import { editDistance, nearestNames, normalisedDistance } from './nearest-names';

describe('nearest names', () => {
  it('counts edits as by hand: kitten → sitting is 3, flaw → lawn is 2', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('ignores case, quotes and punctuation', () => {
    expect(normalisedDistance('"Kukhsor" Women\'s Resource Center', 'kukhsor womens resource center')).toBeLessThan(0.05);
  });

  it('suggests the registered names nearest to a misspelt one, nearest first, and nothing far away', () => {
    const known = ['Innovations LAB', 'Legal Aid Center of the Republic of Tajikistan', 'OSCE Programme Office in Dushanbe'];
    expect(nearestNames('Inovations Lab', known)).toEqual(['Innovations LAB']);
    expect(nearestNames('Legal Aid Centre of Tajikistan', known)[0]).toBe('Legal Aid Center of the Republic of Tajikistan');
    expect(nearestNames('Ministry of Health', known)).toEqual([]);
  });
});
