import { open } from 'node:fs/promises';

/** Bytes that can be read at any offset without holding them all: a file on disk, or a buffer in a test. */
export interface ByteSource {
  readonly size: number;
  /** At most `length` bytes from `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Buffer>;
}

export function bytesOf(buffer: Buffer): ByteSource {
  return { size: buffer.length, read: async (offset, length) => buffer.subarray(offset, offset + length) };
}

export function fileBytes(path: string, size: number): ByteSource {
  return {
    size,
    read: async (offset, length) => {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}
