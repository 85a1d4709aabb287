import { Query } from '@nestjs/cqrs';
import type { Principal } from '../../kernel/principal';

export interface Transition {
  position: string;
  revision: number;
  type: string;
  from: string;
  to: string;
  responsibleOrganisationId: string | null;
  dueDate: string | null;
  effectiveAt: string;
  recordedAt: string;
  actor: { accountId: string | null; organisationId: string | null; role: string | null };
  note: string | null;
  evidence: unknown[];
  percentComplete: number | null;
  /** Only for a RecommendationCorrected entry: the fields that changed, and what they were. */
  corrected?: { changed: Record<string, unknown>; previous: Record<string, unknown> };
}

/** Every transition of one recommendation, with effective and recorded time; with `asOf`, as known then. */
export class GetStatusHistory extends Query<Transition[]> {
  constructor(
    readonly recommendationId: string,
    readonly actor: Principal,
    readonly asOf?: string,
    readonly minPosition?: string,
  ) {
    super();
  }
}
