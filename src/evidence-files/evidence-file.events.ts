/**
 * A file uploaded as evidence, recorded in a stream of its own per content (`evidence-file-<sha256>`): the same
 * bytes uploaded again under another name add an event. A recommendation's evidence may then name the file by its
 * hash; the recommendation's event records the hash, name, type and size (docs/events.md).
 */
export const EVIDENCE_FILE_UPLOADED = 'EvidenceFileUploaded';

export interface EvidenceFileUploadedData {
  sha256: string;
  /** As the uploader named it. */
  name: string;
  /** As told from the content. */
  mediaType: string;
  size: number;
}

export const evidenceFileStreamOf = (sha256: string) => `evidence-file-${sha256}`;
