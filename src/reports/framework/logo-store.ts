import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { AppConfig } from '../../config/app-config';
import { RuleViolated } from '../../event-sourcing/domain-errors';
import { logoMediaType } from './logo-image';
import { LogoReference } from './reporting-framework.events';

/** Uploaded logos, kept by their content under DATA_DIR/report-logos/<sha256>: the same image is stored once, and never changes. */
export class LogoFiles {
  constructor(private readonly directory: string) {}

  static in(dataDir: string): LogoFiles {
    return new LogoFiles(join(dataDir, 'report-logos'));
  }

  /** Checks the image from its content and that the PDF renderer can draw it, then keeps it. */
  put(bytes: Buffer): LogoReference {
    const mediaType = logoMediaType(bytes);
    try {
      // pdfkit opens images at run time with openImage; its type declarations do not list it
      (new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(data: Buffer): unknown }).openImage(bytes);
    } catch {
      throw new RuleViolated('image', `image looks like ${mediaType} but cannot be read as one`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const file = join(this.directory, sha256);
    if (!existsSync(file)) {
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(`${file}.part`, bytes);
      renameSync(`${file}.part`, file);
    }
    return { sha256, mediaType };
  }

  /** The image, or null when this instance does not have it (another instance's DATA_DIR, or a deleted file). */
  get(sha256: string): Buffer | null {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    const file = join(this.directory, sha256);
    return existsSync(file) ? readFileSync(file) : null;
  }
}

@Injectable()
export class LogoStore extends LogoFiles {
  constructor(config: AppConfig) {
    super(join(config.DATA_DIR, 'report-logos'));
  }
}
