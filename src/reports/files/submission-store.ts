import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig, filesDirectory } from '../../config/app-config';
import { ContentFiles } from './content-files';

/** The files of submitted reports, byte for byte as they were handed over, under FILES_DIR (else DATA_DIR)/report-submissions/<sha256>. */
@Injectable()
export class SubmissionStore extends ContentFiles {
  constructor(config: AppConfig) {
    super(join(filesDirectory(config), 'report-submissions'));
  }
}
