import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../../config/app-config';
import { ContentFiles } from './content-files';

/** The files of submitted reports, byte for byte as they were handed over, under DATA_DIR/report-submissions/<sha256>. */
@Injectable()
export class SubmissionStore extends ContentFiles {
  constructor(config: AppConfig) {
    super(join(config.DATA_DIR, 'report-submissions'));
  }
}
