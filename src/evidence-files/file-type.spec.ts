import { bytesOf } from './byte-source';
import { fileTypeOf, sentTypeAgrees, typeOfName } from './file-type';
import { twoColourPng } from '../../test/support/png';
import { EXECUTABLE, HTML_WITH_SCRIPT, JPEG_HEADER, minimalDocx, minimalOdt, realPdf, realXlsx, zip } from '../../test/support/evidence-files';

const typeOf = (bytes: Buffer) => fileTypeOf(bytesOf(bytes));

describe('the type of an evidence file, told from its content', () => {
  it('knows a PDF written by pdfkit', async () => {
    expect(await typeOf(await realPdf())).toBe('application/pdf');
  });

  it('knows a workbook written by exceljs by the main part its [Content_Types].xml declares', async () => {
    expect(await typeOf(await realXlsx())).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it('knows a Word document by its [Content_Types].xml', async () => {
    expect(await typeOf(minimalDocx())).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('knows an OpenDocument text by its mimetype entry', async () => {
    expect(await typeOf(minimalOdt())).toBe('application/vnd.oasis.opendocument.text');
  });

  it('knows a PNG and a JPEG by their signatures', async () => {
    expect(await typeOf(twoColourPng(4, 2, [255, 0, 0], [0, 0, 255]))).toBe('image/png');
    expect(await typeOf(JPEG_HEADER)).toBe('image/jpeg');
  });

  it('refuses an HTML page with a script, an executable, and text', async () => {
    expect(await typeOf(HTML_WITH_SCRIPT)).toBeNull();
    expect(await typeOf(EXECUTABLE)).toBeNull();
    expect(await typeOf(Buffer.from('%PD'))).toBeNull();
    expect(await typeOf(Buffer.alloc(0))).toBeNull();
  });

  it('refuses a macro-enabled Word document, an OpenDocument spreadsheet, and a zip of something else', async () => {
    expect(await typeOf(minimalDocx('x', 'application/vnd.ms-word.document.macroEnabled.main+xml'))).toBeNull();
    expect(await typeOf(minimalOdt('application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(await typeOf(zip([{ name: 'payload.exe', content: EXECUTABLE }]))).toBeNull();
  });

  it('refuses a zip cut short (no central directory) and a PNG signature without its header chunk', async () => {
    const docx = minimalDocx();
    expect(await typeOf(docx.subarray(0, docx.length - 30))).toBeNull();
    expect(await typeOf(twoColourPng(2, 2, [0, 0, 0], [1, 1, 1]).subarray(0, 10))).toBeNull();
  });

  it('reads the type a name ends with, in either case, and whether the type sent agrees', () => {
    expect(typeOfName('Order 12.PDF')).toBe('application/pdf');
    expect(typeOfName('photo.jpeg')).toBe('image/jpeg');
    expect(typeOfName('photo.JPG')).toBe('image/jpeg');
    expect(typeOfName('setup.exe')).toBeNull();
    expect(typeOfName('no-ending')).toBeNull();
    expect(sentTypeAgrees('application/pdf', 'application/pdf')).toBe(true);
    expect(sentTypeAgrees('application/octet-stream', 'image/png')).toBe(true);
    expect(sentTypeAgrees('image/jpg', 'image/jpeg')).toBe(true);
    expect(sentTypeAgrees('application/pdf', 'image/png')).toBe(false);
    expect(sentTypeAgrees('text/html', 'application/pdf')).toBe(false);
  });
});
