import { uniqueSheetName } from './sheet-name';

describe('uniqueSheetName', () => {
  it('drops the characters Excel forbids and cuts to 31 characters', () => {
    const name = uniqueSheetName('Scorecard: ministries/agencies [all] * ? \\ and more words here', 'scorecard', new Set());
    expect(name).toBe('Scorecard ministries agencies');
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it('numbers names already taken, whatever their case, and stays within 31 characters', () => {
    const taken = new Set<string>(['report']);
    expect(uniqueSheetName('REPORT', 'x', taken)).toBe('REPORT 2');
    const long = 'A section title that is much longer than Excel allows';
    const first = uniqueSheetName(long, 'a', taken);
    const second = uniqueSheetName(long, 'a', taken);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' 2')).toBe(true);
  });

  it('falls back to the id when the title has nothing usable, and avoids what Excel reserves', () => {
    expect(uniqueSheetName('[]:*?', 'by-region', new Set())).toBe('by-region');
    expect(uniqueSheetName("'quoted'", 'x', new Set())).toBe('quoted');
    expect(uniqueSheetName('History', 'x', new Set())).not.toBe('History');
  });
});
