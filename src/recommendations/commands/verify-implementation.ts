import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { EffectiveAtDto } from '../../kernel/validation';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';
import { EvidenceDto, OptionalEvidence, toEvidence } from '../dto/evidence.dto';

export class VerifyImplementationDto extends EffectiveAtDto {
  @ApiPropertyOptional({ example: 'Checked the attendance lists and the ministry order during the monitoring visit' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  note?: string | null;

  @OptionalEvidence()
  evidence?: EvidenceDto[] | null;
}

const verifyImplementation = (recommendationId: string, body: VerifyImplementationDto): Sent<'VerifyImplementation'> => ({
  type: 'VerifyImplementation',
  data: { recommendationId, note: body.note ?? null, evidence: (body.evidence ?? []).map(toEvidence) },
});

/** A donor funding the forum (or a coordinator) confirms the claimed implementation. */
export class VerifyImplementation extends OnRecommendation {
  constructor(recommendationId: string, body: VerifyImplementationDto, context: CommandContext) {
    super(verifyImplementation(recommendationId, body), context);
  }
}
