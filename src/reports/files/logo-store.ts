import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { AppConfig, filesDirectory } from '../../config/app-config';
import { RuleViolated } from '../../kernel/domain-errors';
import { ContentFiles } from './content-files';
import { logoMediaType } from './logo-image';
import { LogoReference } from '../../reporting-framework/reporting-framework.events';

/** Uploaded logos, kept by their content under FILES_DIR (else DATA_DIR)/report-logos/<sha256>. */
export class LogoFiles extends ContentFiles {
  static in(filesDir: string): LogoFiles {
    return new LogoFiles(join(filesDir, 'report-logos'));
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
    return { sha256: this.keep(bytes), mediaType };
  }
}

@Injectable()
export class LogoStore extends LogoFiles {
  constructor(config: AppConfig) {
    super(join(filesDirectory(config), 'report-logos'));
  }
}
