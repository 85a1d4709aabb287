import { inflateRawSync } from 'node:zlib';
import type { ByteSource } from './byte-source';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/** The entries read to tell a type are small XML or a one-line name: more is not one of ours (or a zip bomb). */
const MAX_ENTRY_BYTES = 1024 * 1024;

interface DirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The entries of a zip's central directory, or null when the bytes are not a zip this can read (ZIP64 is not needed under the size limit). */
async function directoryOf(source: ByteSource): Promise<DirectoryEntry[] | null> {
  const tailStart = Math.max(0, source.size - END_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  let end = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = tail.readUInt16LE(end + 10);
  const length = tail.readUInt32LE(end + 12);
  const offset = tail.readUInt32LE(end + 16);
  if (offset + length > source.size) return null;
  const directory = await source.read(offset, length);
  const entries: DirectoryEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = directory.readUInt16LE(at + 28);
    const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    entries.push({
      method: directory.readUInt16LE(at + 10),
      compressedSize: directory.readUInt32LE(at + 20),
      localHeaderOffset: directory.readUInt32LE(at + 42),
      name: directory.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

async function contentOf(source: ByteSource, entry: DirectoryEntry): Promise<Buffer | null> {
  if (entry.compressedSize > MAX_ENTRY_BYTES) return null;
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) return null;
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await source.read(start, entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch {
    return null;
  }
}

/** The entries of a zip named, as text: null when the bytes are not a readable zip; a missing entry is left out. */
export async function zipEntries(source: ByteSource, names: string[]): Promise<Map<string, string> | null> {
  const directory = await directoryOf(source);
  if (directory === null) return null;
  const found = new Map<string, string>();
  for (const entry of directory.filter((e) => names.includes(e.name))) {
    const content = await contentOf(source, entry);
    if (content !== null) found.set(entry.name, content.toString('utf8'));
  }
  return found;
}
