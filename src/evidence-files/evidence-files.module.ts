import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig, filesDirectory } from '../config/app-config';
import { UploadedEvidenceFiles } from '../recommendations/uploaded-evidence-files';
import { EvidenceFileUploads } from './evidence-file-uploads';
import { EvidenceFilesController } from './evidence-files.controller';
import { FileStorage } from './file-storage';
import { FilesystemFileStorage } from './filesystem-file-storage';
import { RecommendationFiles } from './recommendation-files';

/**
 * Files attached as evidence (docs/evidence-files.md): uploads checked from their content and kept by their
 * SHA-256 behind the FileStorage port, the recommendations' lookup of uploaded files (global: the recommendation
 * facts need it), and downloads for those who may see the recommendation.
 */
@Global()
@Module({
  controllers: [EvidenceFilesController],
  providers: [
    { provide: FileStorage, inject: [AppConfig], useFactory: (config: AppConfig) => new FilesystemFileStorage(join(filesDirectory(config), 'files')) },
    EvidenceFileUploads,
    { provide: UploadedEvidenceFiles, useExisting: EvidenceFileUploads },
    RecommendationFiles,
  ],
  exports: [UploadedEvidenceFiles, FileStorage],
})
export class EvidenceFilesModule {}
