import fc from 'fast-check';
import { detectSeparator, parseCsv, writeCsv } from './csv';

const cell = fc.string({ unit: fc.constantFrom('a', 'я', 'ӯ', ' ', ',', ';', '"', '\n', '\r', '\r\n', 'x') });
const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });

describe('CSV', () => {
  it('reads back every table it writes, with either separator and with or without a byte order mark', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), fc.boolean(), (rows, separator, bom) => {
        const text = (bom ? '\uFEFF' : '') + writeCsv(rows, separator);
        expect(parseCsv(text, separator)).toEqual(rows);
      }),
    );
  });

  it('finds the separator the header uses, whatever the cells below hold', () => {
    fc.assert(
      fc.property(table, fc.constantFrom<',' | ';'>(',', ';'), (rows, separator) => {
        const header = ['reference', 'forum title', 'text'];
        expect(detectSeparator(writeCsv([header, ...rows], separator))).toBe(separator);
      }),
    );
  });

  it('reads a hand-written file: quoted separators, doubled quotes, a line break inside a field, CRLF and LF', () => {
    const text = '\uFEFFa;b;c\r\n"x;y";"he said ""no""";"two\nlines"\nlast;;\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'he said "no"', 'two\nlines'],
      ['last', '', ''],
    ]);
  });
});
