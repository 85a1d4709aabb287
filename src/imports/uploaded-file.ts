import { HttpException, HttpStatus } from '@nestjs/common';
import { requestBodyStream } from '../http/request-body-stream';
import { refusal } from '../kernel/refusal-reasons';

export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;

export function importTooLarge(): HttpException {
  const message = `the file is larger than ${IMPORT_LIMIT_BYTES / 1024 / 1024} MB: split it into several imports`;
  return new HttpException(
    { error: 'Payload Too Large', code: 'PayloadTooLarge', ...refusal('ImportTooLarge', message, { limitBytes: IMPORT_LIMIT_BYTES }) },
    413,
  );
}

export function spreadsheetUnreadable(message: string): HttpException {
  return new HttpException({ error: 'Bad Request', code: 'BadRequest', ...refusal('SpreadsheetUnreadable', message) }, HttpStatus.BAD_REQUEST);
}

/** The uploaded file's bytes, read off the request up to the limit (the body arrives unread: not JSON, not a form). */
export async function uploadedFile(request: object): Promise<Buffer> {
  const stream = requestBodyStream(request);
  const declared = Number(stream.headers['content-length'] ?? 0);
  if (declared > IMPORT_LIMIT_BYTES) {
    stream.resume();
    throw importTooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > IMPORT_LIMIT_BYTES) {
      stream.resume();
      throw importTooLarge();
    }
    chunks.push(chunk);
  }
  if (size === 0) throw spreadsheetUnreadable('the request has no file: send the XLSX or CSV file as the body, with its content type');
  return Buffer.concat(chunks);
}
