import type { EvidenceFile } from './recommendation.events';

/**
 * The files uploaded as evidence, looked up by their SHA-256 before a command naming them is decided; the
 * evidence-files capability provides it. Answers only the hashes that were uploaded.
 */
export abstract class UploadedEvidenceFiles {
  abstract find(sha256s: string[]): Promise<EvidenceFile[]>;
}
