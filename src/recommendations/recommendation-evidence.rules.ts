import { RuleViolated } from '../kernel/domain-errors';
import { RecommendationFacts } from './recommendation.commands';
import { Evidence, EvidenceClaim } from './recommendation.events';

/**
 * The evidence as the event records it: a file only if it was uploaded (a fact looked up before deciding), with
 * its hash, name, type and size as uploaded; links and documents as claimed.
 */
export function recordedEvidence(claims: EvidenceClaim[], facts: RecommendationFacts): Evidence[] {
  return claims.map((claim, index) => {
    const { file, ...rest } = claim;
    const evidence: Evidence = rest;
    if (claim.kind !== 'file') return evidence;
    const sha256 = file?.sha256 ?? '';
    const uploaded = (facts.files ?? []).find((f) => f.sha256 === sha256);
    if (!uploaded) {
      throw new RuleViolated(
        `evidence.${index}.sha256`,
        `no file with SHA-256 ${sha256} was uploaded: upload it first (POST /evidence-files)`,
        'FileNotUploaded',
        {
          sha256,
        },
      );
    }
    return { ...evidence, url: null, reference: null, file: { sha256, name: uploaded.name, mediaType: uploaded.mediaType, size: uploaded.size } };
  });
}

/** Verification and dispute events carry evidence only when some was given, as events before it could be did not. */
export function optionalEvidence(claims: EvidenceClaim[] | undefined, facts: RecommendationFacts): { evidence?: Evidence[] } {
  return claims === undefined || claims.length === 0 ? {} : { evidence: recordedEvidence(claims, facts) };
}
