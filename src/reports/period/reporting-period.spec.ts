import { InvalidReportingPeriod, nextQuarterAfter, parseReportingPeriod } from './reporting-period';

describe('reporting periods', () => {
  it.each([
    ['2025-Q1', 'inl', '2024-10-01', '2024-12-31'],
    ['2025-Q2', 'inl', '2025-01-01', '2025-03-31'],
    ['2025-Q3', 'inl', '2025-04-01', '2025-06-30'],
    ['2025-Q4', 'inl', '2025-07-01', '2025-09-30'],
    ['FY2025', 'standard', '2024-10-01', '2025-09-30'],
    ['FY2024-Q2', 'eu', '2024-01-01', '2024-03-31'],
    ['2025', 'eu', '2025-01-01', '2025-12-31'],
    ['2025', 'inl', '2024-10-01', '2025-09-30'],
    ['2025-Q1', 'standard', '2025-01-01', '2025-03-31'],
    ['2024-Q1', 'eu', '2024-01-01', '2024-03-31'],
    ['2024-02-01..2024-02-29', 'inl', '2024-02-01', '2024-02-29'],
  ] as const)('%s with the %s template runs from %s to %s', (label, template, from, to) => {
    expect(parseReportingPeriod(label, template)).toMatchObject({ label, from, to });
  });

  it('names the US fiscal year in the description', () => {
    expect(parseReportingPeriod('2025-Q1', 'inl').description).toBe('FY2025 Q1 (US fiscal year)');
  });

  it.each(['2025-Q5', '25', '2025-13-01..2025-12-31', '2023-02-29..2023-03-01', '2025-03-01..2025-02-01', 'last year'])(
    'refuses %s',
    (label) => {
      expect(() => parseReportingPeriod(label, 'standard')).toThrow(InvalidReportingPeriod);
    },
  );

  it('the quarter after the first fiscal quarter is January to March', () => {
    expect(nextQuarterAfter(parseReportingPeriod('2025-Q1', 'inl'))).toEqual({ from: '2025-01-01', to: '2025-03-31' });
  });
});
