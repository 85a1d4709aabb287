import { PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { refusal } from '../kernel/refusal-reasons';
import { ACCEPTED_FILE_TYPES } from './file-type';

const ACCEPTED = Object.values(ACCEPTED_FILE_TYPES)
  .flat()
  .map((ending) => ending.toUpperCase())
  .join(', ');

/** A file refused for what its content is (415 UnsupportedMediaType), whatever its name or the type it was sent with say. */
export const FileTypeRefused = {
  notAccepted: (name: string) =>
    new UnsupportedMediaTypeException(
      refusal('FileTypeNotAccepted', `"${name}" is not a file of a type accepted as evidence (${ACCEPTED}), by its content`, { name, accepted: ACCEPTED }),
    ),
  mismatch: (name: string, found: string, sent: string | undefined) =>
    new UnsupportedMediaTypeException(
      refusal('FileTypeMismatch', `"${name}" is a ${found} file by its content, but its name or the type it was sent with (${sent ?? 'none'}) says otherwise`, {
        name,
        found,
        sent: sent ?? null,
      }),
    ),
};

/** Past the size limit: 413 PayloadTooLarge with the limit, in bytes and in MB. */
export function fileTooLarge(limitBytes: number): PayloadTooLargeException {
  const limitMegabytes = Math.round((limitBytes / (1024 * 1024)) * 10) / 10;
  return new PayloadTooLargeException(
    refusal('FileTooLarge', `a file may be at most ${limitMegabytes} MB (${limitBytes} bytes)`, { limitBytes, limitMegabytes }),
  );
}
