import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AppConfig } from '../config/app-config';
import { EventMetadata } from '../event-sourcing/event-metadata';
import { StreamNotFoundError } from '../event-store/event-store.errors';
import { EventStore, RecordedEvent } from '../event-store/event-store.port';
import type { Principal } from '../kernel/principal';
import { UploadedEvidenceFiles } from '../recommendations/uploaded-evidence-files';
import type { EvidenceFile } from '../recommendations/recommendation.events';
import { EVIDENCE_FILE_UPLOADED, EvidenceFileUploadedData, evidenceFileStreamOf } from './evidence-file.events';
import { FileStorage } from './file-storage';
import { AcceptedFileType, fileTypeOf, sentTypeAgrees, typeOfName } from './file-type';
import { FileTypeRefused } from './file-type-refused';

export interface Upload {
  name: string;
  sentType: string | undefined;
  bytes: Readable;
  actor: Principal;
}

/** Receives evidence files (checked from their content, kept by their hash) and answers which were uploaded. */
@Injectable()
export class EvidenceFileUploads extends UploadedEvidenceFiles {
  constructor(
    private readonly storage: FileStorage,
    private readonly store: EventStore,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {
    super();
  }

  get limitBytes(): number {
    return this.config.EVIDENCE_FILE_MAX_BYTES;
  }

  async upload({ name, sentType, bytes, actor }: Upload): Promise<EvidenceFileUploadedData> {
    const staged = await this.storage.stage(bytes, this.limitBytes);
    let mediaType: AcceptedFileType;
    try {
      mediaType = await checkedType(staged.bytes, name, sentType);
    } catch (error) {
      await staged.discard();
      throw error;
    }
    await staged.keep();
    const data: EvidenceFileUploadedData = { sha256: staged.sha256, name, mediaType, size: staged.size };
    await this.record(data, actor);
    return data;
  }

  private async record(data: EvidenceFileUploadedData, actor: Principal): Promise<void> {
    const now = new Date().toISOString();
    const id = randomUUID();
    const metadata: EventMetadata = {
      actor,
      recordedAt: now,
      effectiveAt: now,
      commandId: id,
      commandType: 'UploadEvidenceFile',
      correlationId: id,
      causationId: id,
      schemaVersion: 1,
    };
    await this.store.appendToStream(
      evidenceFileStreamOf(data.sha256),
      [{ id, type: EVIDENCE_FILE_UPLOADED, data: { ...data }, metadata: { ...metadata } }],
      'any',
    );
  }

  /** The last upload of each hash that was uploaded. */
  async find(sha256s: string[]): Promise<EvidenceFile[]> {
    const found = await Promise.all(sha256s.map((sha256) => this.lastUpload(sha256)));
    return found.filter((file): file is EvidenceFile => file !== null);
  }

  private async lastUpload(sha256: string): Promise<EvidenceFile | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    let events: RecordedEvent[];
    try {
      events = await this.store.readStream(evidenceFileStreamOf(sha256), { direction: 'backwards', maxCount: 1 });
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
    const last = events.find((event) => event.type === EVIDENCE_FILE_UPLOADED);
    if (!last) return null;
    const { name, mediaType, size } = last.data as unknown as EvidenceFileUploadedData;
    return { sha256, name, mediaType, size };
  }
}

/** The type told from the content, refused when it is none accepted or when the name or the type sent says another. */
async function checkedType(bytes: Parameters<typeof fileTypeOf>[0], name: string, sentType: string | undefined): Promise<AcceptedFileType> {
  const found = await fileTypeOf(bytes);
  if (found === null) throw FileTypeRefused.notAccepted(name);
  const named = typeOfName(name);
  if (named !== found || !sentTypeAgrees(sentType, found)) throw FileTypeRefused.mismatch(name, found, sentType);
  return found;
}
