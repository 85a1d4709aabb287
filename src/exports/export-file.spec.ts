import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { type Readable, Writable } from 'node:stream';
import { setTimeout as later } from 'node:timers/promises';
import type { ExportList } from './export-list';
import { exportFile } from './export-file';

interface Row {
  id: string;
  note: string;
}

const LIST: ExportList<Row> = {
  name: 'organisations',
  columns: [
    { key: 'id', type: { kind: 'text' }, value: (row) => row.id },
    { key: 'name', type: { kind: 'text' }, value: (row) => row.note },
  ],
  defaults: ['id', 'name'],
};
const PAGES = 60;
const PER_PAGE = 100;

/** Pages of rows that do not compress (random text), counting how many the export has asked for. */
function source() {
  const asked = { pages: 0 };
  async function* pages(): AsyncGenerator<Row[]> {
    for (let page = 0; page < PAGES; page++) {
      asked.pages += 1;
      yield Array.from({ length: PER_PAGE }, (_, i) => ({ id: `${page}-${i}`, note: randomBytes(150).toString('hex') }));
    }
  }
  return { asked, pages: pages() };
}

async function bytesOf(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('an export file', () => {
  it('as CSV, reads the next page only when the client has taken what came before', async () => {
    const { asked, pages } = source();
    const file = await exportFile({ list: LIST, columns: LIST.columns, format: 'csv', language: 'en', pages }, '2026-01-31');
    // A client that stalls after its first chunk: the buffers fill (a page is about 30 KB), and no more is read.
    const taken: Buffer[] = [];
    let stalled: (() => void) | null = null;
    const client = new Writable({
      highWaterMark: 16 * 1024,
      write: (chunk: Buffer, _, done) => {
        taken.push(chunk);
        if (taken.length === 1) stalled = done;
        else done();
      },
    });
    const finished = new Promise((resolve) => client.on('finish', resolve));
    file.body.pipe(client);
    await later(300);
    expect(asked.pages).toBeGreaterThan(0);
    expect(asked.pages).toBeLessThan(6);
    (stalled as unknown as () => void)();
    await finished;
    const lines = Buffer.concat(taken).toString('utf8').split('\r\n').filter(Boolean);
    expect(asked.pages).toBe(PAGES);
    expect(lines).toHaveLength(PAGES * PER_PAGE + 1);
    expect(lines.at(-1)).toMatch(new RegExp(`^"${PAGES - 1}-${PER_PAGE - 1}",`));
    expect(file.fileName).toBe('organisations-2026-01-31.csv');
  });

  it('as CSV, stops reading pages when the client goes away', async () => {
    const { asked, pages } = source();
    const file = await exportFile({ list: LIST, columns: LIST.columns, format: 'csv', language: 'en', pages }, '2026-01-31');
    file.body.once('data', () => file.body.destroy());
    await later(300);
    expect(asked.pages).toBeLessThan(5);
  });

  it('as XLSX, writes every page, in order', async () => {
    const { asked, pages } = source();
    const file = await exportFile({ list: LIST, columns: LIST.columns, format: 'xlsx', language: 'en', pages }, '2026-01-31');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytesOf(file.body)) as unknown as ExcelJS.Buffer);
    expect(asked.pages).toBe(PAGES);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(PAGES * PER_PAGE + 1);
    expect(sheet.getColumn(1).values.slice(2, 4)).toEqual(['0-0', '0-1']);
    expect(sheet.getRow(PAGES * PER_PAGE + 1).getCell(1).value).toBe(`${PAGES - 1}-${PER_PAGE - 1}`);
    expect(file.fileName).toBe('organisations-2026-01-31.xlsx');
  });

  it('as XLSX, gives back each text as written, as text, an apostrophe before what would start a formula', async () => {
    // XML holds no control characters and turns CR LF into LF: those are left out of what users can be expected to type.
    const piece = fc.oneof(
      fc.constantFrom('=', '+', '-', '@', '\t', '\n', '"', "'", ';', ',', ' ', '<', '&', 'Ҳ', 'ё'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    const text = fc
      .array(piece, { minLength: 1, maxLength: 6 })
      .map((parts) => [...parts.join('')].filter((c) => c === '\t' || c === '\n' || (c >= ' ' && c !== '\x7f')).join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), async (texts) => {
        const rows = texts.map((note, i) => ({ id: String(i), note }));
        async function* pages(): AsyncGenerator<Row[]> {
          yield rows;
        }
        const file = await exportFile({ list: LIST, columns: LIST.columns, format: 'xlsx', language: 'en', pages: pages() }, '2026-01-31');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await bytesOf(file.body)) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets[0];
        const written = texts.map((_, i) => sheet.getRow(i + 2).getCell(2));
        expect(written.map((cell) => cell.type)).toEqual(texts.map((t) => (t === '' ? ExcelJS.ValueType.Null : ExcelJS.ValueType.String)));
        expect(written.map((cell) => cell.value ?? '')).toEqual(texts.map((t) => (/^[=+\-@\t]/.test(t) ? `'${t}` : t)));
      }),
      { numRuns: 40 },
    );
  });
});
