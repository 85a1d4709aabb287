import { ReasonDto } from '../dto/reason.dto';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';
import { EvidenceDto, OptionalEvidence, toEvidence } from '../dto/evidence.dto';

/** A reason, and what the dispute rests on if the donor has something to show. */
export class DisputeImplementationDto extends ReasonDto {
  @OptionalEvidence()
  evidence?: EvidenceDto[] | null;
}

const disputeImplementation = (recommendationId: string, { reason, evidence }: DisputeImplementationDto): Sent<'DisputeImplementation'> => ({
  type: 'DisputeImplementation',
  data: { recommendationId, reason, evidence: (evidence ?? []).map(toEvidence) },
});

/** A donor funding the forum (or a coordinator) disputes the claimed implementation, with a reason: the work reopens. */
export class DisputeImplementation extends OnRecommendation {
  constructor(recommendationId: string, body: DisputeImplementationDto, context: CommandContext) {
    super(disputeImplementation(recommendationId, body), context);
  }
}
