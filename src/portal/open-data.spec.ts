import fc from 'fast-check';
import { parseCsv } from '../../test/portal/portal-support';
import { toCsv } from './open-data';

describe('the open data as CSV', () => {
  it('quotes a hand-made cell with a comma, a quote and a line break, and joins lists', () => {
    const rows = [{ title: 'Forum "Together", Dushanbe\nday 1', themes: ['education', 'prevention'], participants: 80, region: null }];
    expect(toCsv(rows, ['title', 'themes', 'participants', 'region'])).toBe(
      'title,themes,participants,region\r\n"Forum ""Together"", Dushanbe\nday 1",education; prevention,80,\r\n',
    );
  });

  it('parses back to the same cells, whatever text they hold', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ a: fc.string({ unit: 'grapheme' }), b: fc.string() }), { minLength: 1 }), (rows) => {
        expect(parseCsv(toCsv(rows, ['a', 'b']))).toEqual(rows);
      }),
    );
  });
});
