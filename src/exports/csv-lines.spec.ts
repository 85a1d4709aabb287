import fc from 'fast-check';
import { BOM, csvLine } from './csv-lines';

/** RFC 4180 read by hand, independently of the writer: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];
/** Strings made of what breaks CSV and what starts a formula, with any other text between. */
const hostile = fc
  .array(fc.oneof(fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ' '), fc.string()), { maxLength: 8 })
  .map((parts) => parts.join(''));

describe('a CSV record', () => {
  it('reads back as the same cells, whatever they hold; a cell that would start a formula gets an apostrophe', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), fc.array(hostile, { minLength: 1, maxLength: 6 }), (first, second) => {
        const parsed = parseCsv(csvLine(first) + csvLine(second));
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
