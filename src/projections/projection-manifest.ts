import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestEntry {
  generation: number;
  version: number;
}

/** Which generation of each projection is the one queries read: `read-models/manifest.json`. */
export class ProjectionManifest {
  private readonly file: string;
  private entries: Record<string, ManifestEntry>;

  constructor(readonly directory: string) {
    mkdirSync(directory, { recursive: true });
    this.file = join(directory, 'manifest.json');
    this.entries = existsSync(this.file) ? JSON.parse(readFileSync(this.file, 'utf8')) : {};
  }

  get(name: string): ManifestEntry | undefined {
    return this.entries[name];
  }

  /** Written to a temporary file then renamed, so a crash leaves the old or the new manifest, never half. */
  set(name: string, entry: ManifestEntry): void {
    this.entries = { ...this.entries, [name]: entry };
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.entries, null, 2));
    renameSync(temporary, this.file);
  }

  fileOf(name: string, generation: number): string {
    return join(this.directory, `${name}.g${generation}.sqlite`);
  }
}
