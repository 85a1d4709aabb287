import type { Correction, ImportWork } from './import-preview';

export const CORRECTION_NEEDED = 'not applied: correction needed';

export interface CorrectionNotApplied {
  row: number;
  reference: string;
  recommendationId: string;
  corrections: Correction[];
  status: typeof CORRECTION_NEEDED;
}

/**
 * The one place where an edited file's corrections would be applied. The command that applies them,
 * CorrectRecommendation, is being built on another branch: until it is wired here (one command per entry,
 * with the commandId `import:correction:<reference>:<hash of the corrections>` so that a repeated commit replays),
 * a commit only lists them.
 */
export function applyCorrections(corrections: ImportWork['corrections']): Promise<CorrectionNotApplied[]> {
  return Promise.resolve(corrections.map((entry) => ({ ...entry, status: CORRECTION_NEEDED })));
}
