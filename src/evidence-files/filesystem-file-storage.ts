import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileBytes } from './byte-source';
import { FileStorage, FileTooLarge, KeptFile, StagedFile, UploadAborted } from './file-storage';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Files kept on disk: `<root>/sha256/ab/cd/<sha256>` (two levels of fan-out keep directories small), received into
 * `<root>/incoming/<random>` while they arrive and renamed into place once checked: a reader never sees half a file.
 */
export class FilesystemFileStorage extends FileStorage {
  constructor(private readonly root: string) {
    super();
  }

  pathOf(sha256: string): string {
    return join(this.root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async stage(bytes: Readable, limitBytes: number): Promise<StagedFile> {
    const incoming = join(this.root, 'incoming', randomUUID());
    await mkdir(dirname(incoming), { recursive: true });
    const target = createWriteStream(incoming, { flags: 'wx' });
    try {
      const { sha256, size } = await receive(bytes, target, limitBytes);
      return this.staged(incoming, sha256, size);
    } catch (error) {
      await rm(incoming, { force: true });
      throw error;
    }
  }

  private staged(incoming: string, sha256: string, size: number): StagedFile {
    const destination = this.pathOf(sha256);
    return {
      sha256,
      size,
      bytes: fileBytes(incoming, size),
      keep: async () => {
        await mkdir(dirname(destination), { recursive: true });
        await rename(incoming, destination);
      },
      discard: () => rm(incoming, { force: true }),
    };
  }

  async open(sha256: string): Promise<KeptFile | null> {
    if (!SHA256.test(sha256)) return null;
    const path = this.pathOf(sha256);
    const found = await stat(path).catch(() => null);
    return found?.isFile() ? { size: found.size, stream: createReadStream(path) } : null;
  }
}

/**
 * Writes the bytes to the file as they arrive, hashing and counting them; past the limit it stops writing and lets
 * the rest of the request go by unread into nothing (so the refusal can still be answered), holding no more than a
 * chunk in memory at any time.
 */
function receive(source: Readable, target: WriteStream, limitBytes: number): Promise<{ sha256: string; size: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    let settled = false;
    const stop = (error: Error) => {
      if (settled) return;
      settled = true;
      source.off('data', onData);
      source.resume();
      target.destroy();
      target.once('close', () => reject(error));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) return stop(new FileTooLarge(limitBytes));
      hash.update(chunk);
      if (!target.write(chunk)) {
        source.pause();
        target.once('drain', () => source.resume());
      }
    };
    source.on('data', onData);
    source.once('end', () => {
      if (settled) return;
      settled = true;
      target.once('close', () => resolve({ sha256: hash.digest('hex'), size }));
      target.end();
    });
    source.once('error', () => stop(new UploadAborted()));
    source.once('close', () => {
      if (!source.readableEnded) stop(new UploadAborted());
    });
    target.once('error', (error) => stop(error));
  });
}
