import fc from 'fast-check';
import { labelsFor } from '../../reports/labels/labels-for';
import { describePeriod } from './describe-period';
import { InvalidReportingPeriod, nextQuarterAfter, parseReportingPeriod } from './reporting-period';

const US = 10;
const UK = 4;
const CALENDAR = 1;

describe('reporting periods in the donor’s own year', () => {
  it.each([
    ['2025-Q1', US, '2024-10-01', '2024-12-31'],
    ['FY2025-Q2', US, '2025-01-01', '2025-03-31'],
    ['2025-Q3', US, '2025-04-01', '2025-06-30'],
    ['2025-Q4', US, '2025-07-01', '2025-09-30'],
    ['FY2025', US, '2024-10-01', '2025-09-30'],
    ['FY2026', UK, '2025-04-01', '2026-03-31'],
    ['2026-Q4', UK, '2026-01-01', '2026-03-31'],
    ['2026-H1', UK, '2025-04-01', '2025-09-30'],
    ['2025', CALENDAR, '2025-01-01', '2025-12-31'],
    ['FY2025', CALENDAR, '2025-01-01', '2025-12-31'],
    ['2024-Q1', CALENDAR, '2024-01-01', '2024-03-31'],
    ['2024-H2', CALENDAR, '2024-07-01', '2024-12-31'],
    ['2024-02-01..2024-02-29', US, '2024-02-01', '2024-02-29'],
  ] as const)('%s for a year starting in month %s runs from %s to %s', (label, month, from, to) => {
    expect(parseReportingPeriod(label, month)).toMatchObject({ label, from, to });
  });

  it('the quarters and halves of any fiscal year tile it, day after day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2100 }), (month, year) => {
        const whole = parseReportingPeriod(`FY${year}`, month);
        const quarters = [1, 2, 3, 4].map((q) => parseReportingPeriod(`FY${year}-Q${q}`, month));
        const halves = [1, 2].map((h) => parseReportingPeriod(`FY${year}-H${h}`, month));
        for (const parts of [quarters, halves]) {
          expect(parts[0].from).toBe(whole.from);
          expect(parts[parts.length - 1].to).toBe(whole.to);
          for (let i = 1; i < parts.length; i++) expect(parts[i].from).toBe(nextQuarterAfter({ to: parts[i - 1].to }).from);
        }
        expect(whole.from.slice(5, 7)).toBe(String(month).padStart(2, '0'));
        expect(Number(whole.to.slice(0, 4))).toBe(year);
      }),
    );
  });

  it('says whose year it is, in the report’s language', () => {
    const q1 = parseReportingPeriod('2025-Q1', US);
    expect(describePeriod(q1, labelsFor('en'), 'INL')).toBe('FY2025 Q1 (fiscal year of INL, from 1 October)');
    expect(describePeriod(q1, labelsFor('ru'), 'INL')).toBe('1-й квартал 2025 ф. г. (финансовый год INL, с 1 октября)');
    expect(describePeriod(q1, labelsFor('tg'), 'INL')).toBe('семоҳаи 1-юми соли молиявии 2025 (соли молиявии INL, аз 1 октябр)');
    expect(describePeriod(parseReportingPeriod('2025', CALENDAR), labelsFor('en'), 'EU')).toBe('FY2025 (calendar year)');
  });

  it.each(['2025-Q5', '2025-H3', '25', '2025-13-01..2025-12-31', '2023-02-29..2023-03-01', '2025-03-01..2025-02-01', 'last year'])('refuses %s', (label) => {
    expect(() => parseReportingPeriod(label, CALENDAR)).toThrow(InvalidReportingPeriod);
  });

  it('the quarter after the first US fiscal quarter is January to March', () => {
    expect(nextQuarterAfter(parseReportingPeriod('2025-Q1', US))).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  });
});
