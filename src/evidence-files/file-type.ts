import type { ByteSource } from './byte-source';
import { zipEntries } from './zip-entries';

/** The types accepted as evidence, with the name endings each may have. */
export const ACCEPTED_FILE_TYPES = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
} as const;

export type AcceptedFileType = keyof typeof ACCEPTED_FILE_TYPES;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ODT = 'application/vnd.oasis.opendocument.text';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const startsWith = (head: Buffer, bytes: Buffer | number[]) => head.length >= bytes.length && head.subarray(0, bytes.length).equals(Buffer.from(bytes));

/**
 * The main part an Office Open XML package declares in [Content_Types].xml: a document, a workbook, or something
 * else (macro-enabled ones declare other types, and are not accepted).
 */
function officeType(contentTypes: string): AcceptedFileType | null {
  if (contentTypes.includes(`"${DOCX}.main+xml"`)) return DOCX;
  if (contentTypes.includes(`"${XLSX}.main+xml"`)) return XLSX;
  return null;
}

async function zipType(source: ByteSource): Promise<AcceptedFileType | null> {
  const entries = await zipEntries(source, ['[Content_Types].xml', 'mimetype']);
  if (entries === null) return null;
  // OpenDocument keeps its type, unpadded, in a first entry named mimetype
  if (entries.get('mimetype') === ODT) return ODT;
  const contentTypes = entries.get('[Content_Types].xml');
  return contentTypes === undefined ? null : officeType(contentTypes);
}

/** The type of the bytes, told from their content (never the name or the type they were sent with); null when not one accepted. */
export async function fileTypeOf(source: ByteSource): Promise<AcceptedFileType | null> {
  const head = await source.read(0, 16);
  if (startsWith(head, Buffer.from('%PDF-'))) return 'application/pdf';
  if (startsWith(head, PNG_SIGNATURE) && head.subarray(12, 16).toString('latin1') === 'IHDR') return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipType(source);
  return null;
}

/** The type a name's ending says, if it is one accepted. */
export function typeOfName(name: string): AcceptedFileType | null {
  const ending = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ending) return null;
  const found = Object.entries(ACCEPTED_FILE_TYPES).find(([, endings]) => (endings as readonly string[]).includes(ending));
  return found ? (found[0] as AcceptedFileType) : null;
}

/** Types browsers send for the same thing; `application/octet-stream` says nothing and is accepted for any. */
const SAME_AS: Record<string, AcceptedFileType> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'image/x-png': 'image/png' };

/** Whether the type the file was sent with agrees with its content. */
export function sentTypeAgrees(sent: string | undefined, found: AcceptedFileType): boolean {
  const type = (sent ?? '').split(';')[0].trim().toLowerCase();
  return type === '' || type === 'application/octet-stream' || type === found || SAME_AS[type] === found;
}
