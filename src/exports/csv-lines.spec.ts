import fc from 'fast-check';
import { parseCsv } from '../../test/exports/csv-reading';
import { BOM, csvLine } from './csv-lines';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
/** Strings made of what breaks CSV and what starts a formula, with any other text between. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ' '), fc.string()), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('a CSV record', () => {
  it('reads back as the same cells, whatever they hold; a cell that would start a formula gets an apostrophe', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.array(hostile, { minLength: 1, maxLength: 6 }), (first, second) => {
        const parsed = parseCsv(BOM + csvLine(first) + csvLine(second));
        const expected = (cells: string[]) => cells.map((cell) => (FORMULA_STARTS.includes(cell[0]) ? `'${cell}` : cell));
        expect(parsed).toEqual([expected(first), expected(second)]);
        for (const cell of parsed.flat()) expect(FORMULA_STARTS).not.toContain(cell[0]);
      }),
      { numRuns: 500 },
    );
  });

  it('writes numbers as numbers and nothing for an empty cell', () => {
    expect(csvLine([12, -3, 0.5, null, 'x'])).toBe('12,-3,0.5,,"x"\r\n');
  });

  it('keeps an example as a spreadsheet would need it', () => {
    expect(csvLine(['=HYPERLINK("http://evil")', 'Said "no", then left\r\nfor good'])).toBe(
      `"'=HYPERLINK(""http://evil"")","Said ""no"", then left\r\nfor good"\r\n`,
    );
    expect(BOM).toBe('\uFEFF');
  });
});
