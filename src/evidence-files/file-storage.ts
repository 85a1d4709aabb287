import type { Readable } from 'node:stream';
import type { ByteSource } from './byte-source';

/** Bytes received in full and hashed, not yet kept: checked, then kept under their hash or discarded. */
export interface StagedFile {
  readonly sha256: string;
  readonly size: number;
  readonly bytes: ByteSource;
  /** Keeps the bytes under their content address; the same bytes kept twice are kept once. */
  keep(): Promise<void>;
  discard(): Promise<void>;
}

export interface KeptFile {
  size: number;
  stream: Readable;
}

/** More bytes arrived than the limit allows; nothing was kept. */
export class FileTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the file is larger than ${limitBytes} bytes`);
    this.name = 'FileTooLarge';
  }
}

/** The upload ended before its last byte arrived; nothing was kept. */
export class UploadAborted extends Error {
  constructor() {
    super('the upload ended before it was complete');
    this.name = 'UploadAborted';
  }
}

/**
 * Where uploaded files are kept, by their SHA-256 (content-addressed: a kept file never changes). The filesystem
 * adapter keeps them under FILES_DIR (else DATA_DIR); an S3-compatible one is described in docs/evidence-files.md. Meant for every
 * uploaded file, evidence now and report logos later.
 */
export abstract class FileStorage {
  /** Receives the bytes as they arrive, hashing them, without holding them in memory; FileTooLarge past the limit. */
  abstract stage(bytes: Readable, limitBytes: number): Promise<StagedFile>;
  /** The kept file, or null when it is not kept here. */
  abstract open(sha256: string): Promise<KeptFile | null>;
}
