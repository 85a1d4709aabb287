import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';
import { EffectiveAtDto } from '../../kernel/validation';
import { EvidenceDto } from '../dto/evidence.dto';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';
import { toEvidence } from '../dto/evidence.dto';

export class MarkImplementedDto extends EffectiveAtDto {
  @ApiProperty({ example: '120 school psychologists in Khatlon completed the course; it is now part of in-service training' })
  @IsString()
  @Length(3, 4000)
  summary: string;

  @ApiProperty({ type: [EvidenceDto], description: 'At least one link or document' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence: EvidenceDto[];
}

function markRecommendationImplemented(recommendationId: string, body: MarkImplementedDto): Sent<'MarkRecommendationImplemented'> {
  return { type: 'MarkRecommendationImplemented', data: { recommendationId, summary: body.summary, evidence: body.evidence.map(toEvidence) } };
}

/** The responsible organisation claims the recommendation implemented, with a summary and evidence. */
export class MarkRecommendationImplemented extends OnRecommendation {
  constructor(recommendationId: string, body: MarkImplementedDto, context: CommandContext) {
    super(markRecommendationImplemented(recommendationId, body), context);
  }
}
