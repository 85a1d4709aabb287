/**
 * Periods in a donor's own year, worked out month by month (independently of src/reports/period):
 * fiscal year N is the twelve months ending in calendar year N and starting in `startMonth`.
 */
const LAST_DAY = (year: number, month: number) =>
  [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
const pad = (n: number) => String(n).padStart(2, '0');

/** The months of fiscal year N, in order, as [year, month]. */
function monthsOf(fiscalYear: number, startMonth: number): [number, number][] {
  const months: [number, number][] = [];
  let year = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  let month = startMonth;
  while (months.length < 12) {
    months.push([year, month]);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

export function referencePeriod(
  kind: 'year' | 'half' | 'quarter',
  fiscalYear: number,
  part: number,
  startMonth: number,
): { label: string; from: string; to: string } {
  const months = monthsOf(fiscalYear, startMonth);
  const size = kind === 'year' ? 12 : kind === 'half' ? 6 : 3;
  const chosen = months.slice((part - 1) * size, part * size);
  const [firstYear, firstMonth] = chosen[0];
  const [lastYear, lastMonth] = chosen[chosen.length - 1];
  const label = kind === 'year' ? `FY${fiscalYear}` : `${fiscalYear}-${kind === 'half' ? 'H' : 'Q'}${part}`;
  return { label, from: `${firstYear}-${pad(firstMonth)}-01`, to: `${lastYear}-${pad(lastMonth)}-${pad(LAST_DAY(lastYear, lastMonth))}` };
}
