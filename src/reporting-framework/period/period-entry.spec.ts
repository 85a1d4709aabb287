import fc from 'fast-check';
import { periodEntry } from './period-entry';
import { parseReportingPeriod } from './reporting-period';

/** The first and last day of quarter `q` (1–4) of fiscal year `year` starting in `month`, counted by hand. */
function quarterDays(year: number, month: number, q: number): string {
  const monthIndex = month - 1 + (q - 1) * 3; // months after January of the year the fiscal year starts in
  const startYear = (month === 1 ? year : year - 1) + Math.floor(monthIndex / 12);
  const startMonth = (monthIndex % 12) + 1;
  const endMonth = ((startMonth + 1) % 12) + 1;
  const endYear = startMonth + 2 > 12 ? startYear + 1 : startYear;
  const lastDay = [31, endYear % 4 === 0 && (endYear % 100 !== 0 || endYear % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][endMonth - 1];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${startYear}-${pad(startMonth)}-01..${endYear}-${pad(endMonth)}-${pad(lastDay)}`;
}

describe('what was kept for a period is found by its days', () => {
  it('targets kept under one way of writing a quarter serve a report asked for in another', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        (year, month, q, keptAsRange) => {
          const written = `${year}-Q${q}`;
          const range = quarterDays(year, month, q);
          const [kept, asked] = keptAsRange ? [range, `FY${written}`] : [`FY${written}`, range];
          const period = parseReportingPeriod(asked, month);
          expect(periodEntry({ [kept]: 'target' }, period)).toBe('target');
        },
      ),
    );
  });

  it('the entry written exactly as asked wins over another covering the same days; other periods are not taken', () => {
    const period = parseReportingPeriod('2025', 1);
    expect(periodEntry({ FY2025: 'a', '2025': 'b' }, period)).toBe('b');
    expect(periodEntry({ FY2025: 'a', '2025-01-01..2025-12-31': 'c' }, period)).toBe('c');
    expect(periodEntry({ '2024': 'a', '2025-H1': 'b', '2025-01-01..2025-12-30': 'c' }, period)).toBeUndefined();
    expect(periodEntry(undefined, period)).toBeUndefined();
  });

  it('a US fiscal year is not the calendar year of the same number', () => {
    const fiscal = parseReportingPeriod('FY2025', 10);
    expect(periodEntry({ '2025-01-01..2025-12-31': 'calendar' }, fiscal)).toBeUndefined();
    expect(periodEntry({ '2024-10-01..2025-09-30': 'fiscal' }, fiscal)).toBe('fiscal');
  });
});
