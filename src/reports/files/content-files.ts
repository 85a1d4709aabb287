import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files kept by their content under a directory, named by their SHA-256: the same bytes are kept once, and a file never changes. */
export class ContentFiles {
  constructor(private readonly directory: string) {}

  /** Keeps the bytes (written whole, then renamed into place) and answers their SHA-256. */
  keep(bytes: Buffer): string {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = join(this.directory, sha256);
    if (!existsSync(file)) {
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(`${file}.part`, bytes);
      renameSync(`${file}.part`, file);
    }
    return sha256;
  }

  /** The bytes, or null when this instance does not hold them (another instance's DATA_DIR, or a deleted file). */
  get(sha256: string): Buffer | null {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const file = join(this.directory, sha256);
    return existsSync(file) ? readFileSync(file) : null;
  }
}
