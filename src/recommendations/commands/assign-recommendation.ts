import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsUUID } from 'class-validator';
import { EffectiveAtDto, IsCalendarDate } from '../../kernel/validation';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

export class AssignRecommendationDto extends EffectiveAtDto {
  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  @IsUUID()
  responsibleOrganisationId: string;

  @ApiPropertyOptional({ type: [String], example: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  supportingOrganisationIds?: string[] | null;

  @ApiProperty({ example: '2025-06-30', description: 'Not before the forum started' })
  @IsCalendarDate()
  dueDate: string;
}

function assignRecommendation(recommendationId: string, body: AssignRecommendationDto): Sent<'AssignRecommendation'> {
  const { responsibleOrganisationId, dueDate } = body;
  const supportingOrganisationIds = body.supportingOrganisationIds ?? [];
  return { type: 'AssignRecommendation', data: { recommendationId, responsibleOrganisationId, supportingOrganisationIds, dueDate } };
}

/** A coordinator gives the recommendation to a responsible organisation, with supporters and a due date. */
export class AssignRecommendation extends OnRecommendation {
  constructor(recommendationId: string, body: AssignRecommendationDto, context: CommandContext) {
    super(assignRecommendation(recommendationId, body), context);
  }
}
