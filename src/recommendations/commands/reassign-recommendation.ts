import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { EffectiveAtDto, IsCalendarDate } from '../../kernel/validation';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

export class ReassignRecommendationDto extends EffectiveAtDto {
  @ApiProperty({ format: 'uuid', example: '9b2e8c1a-3f4d-4e5a-8b6c-7d8e9f0a1b2c' })
  @IsUUID()
  responsibleOrganisationId: string;

  @ApiProperty({ example: 'Legal aid moved from the Ministry of Justice to the State Legal Aid Centre' })
  @IsString()
  @Length(3, 1000)
  reason: string;

  @ApiPropertyOptional({ example: '2025-12-31', description: 'Left out: the due date stays' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

function reassignRecommendation(recommendationId: string, body: ReassignRecommendationDto): Sent<'ReassignRecommendation'> {
  const { responsibleOrganisationId, reason } = body;
  return { type: 'ReassignRecommendation', data: { recommendationId, responsibleOrganisationId, dueDate: body.dueDate ?? null, reason } };
}

/** A coordinator gives the recommendation to another organisation, with a reason (and perhaps a new due date). */
export class ReassignRecommendation extends OnRecommendation {
  constructor(recommendationId: string, body: ReassignRecommendationDto, context: CommandContext) {
    super(reassignRecommendation(recommendationId, body), context);
  }
}
