import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { EffectiveAtDto } from '../../kernel/validation';
import { PRIORITIES, type Priority } from '../recommendation.events';
import { OnRecommendation, Sent } from '../recommendation-command';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import { CommandContext } from '../../event-sourcing/event-metadata';

export class ProposeRecommendationDto extends EffectiveAtDto {
  @ApiProperty({ example: 'Introduce a course on recognising and referring cases of domestic violence for school psychologists' })
  @IsString()
  @Length(10, 4000)
  text: string;

  @ApiProperty({ example: ['education', 'prevention'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(2, 100, { each: true })
  themes: string[];

  @ApiPropertyOptional({ example: ['Khatlon'], type: [String], description: 'Empty or left out: nationwide' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(2, 100, { each: true })
  targetRegions?: string[] | null;

  @ApiProperty({ enum: PRIORITIES, example: 'high' })
  @IsIn(PRIORITIES)
  priority: Priority;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the country asked to act, when not the forum’s own', example: 'AF', nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'targetCountry must be a two-letter ISO 3166-1 code such as TJ' })
  targetCountry?: string | null;

  @ApiPropertyOptional({ description: 'Who made the recommendation: a speaker or a panel', example: 'Panel on legal aid', nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  madeBy?: string | null;
}

function proposeRecommendation(forumId: string, body: ProposeRecommendationDto, context: CommandContext): Sent<'ProposeRecommendation'> {
  const recommendationId = newAggregateIdFor(context, 'recommendation');
  const { text, themes, priority } = body;
  const targetRegions = body.targetRegions ?? [];
  const optional = { ...(body.targetCountry ? { targetCountry: body.targetCountry } : {}), ...(body.madeBy ? { madeBy: body.madeBy } : {}) };
  return { type: 'ProposeRecommendation', data: { recommendationId, forumId, text, themes, targetRegions, priority, ...optional } };
}

/** A coordinator enters a recommendation made at a forum; with an Idempotency-Key its id comes from the key. */
export class ProposeRecommendation extends OnRecommendation {
  constructor(forumId: string, body: ProposeRecommendationDto, context: CommandContext) {
    super(proposeRecommendation(forumId, body, context), context);
  }
}
