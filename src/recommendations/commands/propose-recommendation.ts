import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EffectiveAtDto } from '../../kernel/validation';
import { PRIORITIES, type Priority } from '../recommendation.events';
import { OnRecommendation, Sent } from '../recommendation-command';
import { MadeByRules, TagCodesRules, TargetCountryRules, TargetRegionsRules, TextRules, ThemesRules } from '../dto/recommendation-content-fields';
import { newAggregateIdFor } from '../../event-sourcing/event-ids';
import { CommandContext } from '../../event-sourcing/event-metadata';

export class ProposeRecommendationDto extends EffectiveAtDto {
  @ApiProperty({ example: 'Introduce a course on recognising and referring cases of domestic violence for school psychologists' })
  @TextRules()
  text: string;

  @ApiProperty({ example: ['education', 'prevention'], type: [String], description: 'Codes of the themes vocabulary (GET /vocabularies/themes)' })
  @ThemesRules()
  themes: string[];

  @ApiPropertyOptional({ example: ['TJ-KT'], type: [String], description: 'Codes of the regions vocabulary; empty or left out: nationwide' })
  @IsOptional()
  @TargetRegionsRules()
  targetRegions?: string[] | null;

  @ApiProperty({ enum: PRIORITIES, example: 'high' })
  @IsIn(PRIORITIES)
  priority: Priority;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the country asked to act, when not the forum’s own', example: 'AF', nullable: true })
  @IsOptional()
  @TargetCountryRules()
  targetCountry?: string | null;

  @ApiPropertyOptional({ description: 'Who made the recommendation: a speaker or a panel', example: 'Panel on legal aid', nullable: true })
  @IsOptional()
  @MadeByRules()
  madeBy?: string | null;

  @ApiPropertyOptional({ example: ['5.2'], type: [String], description: 'Codes of the SDG targets vocabulary' })
  @IsOptional()
  @TagCodesRules()
  sdgTargets?: string[] | null;

  @ApiPropertyOptional({ example: [], type: [String], description: 'Codes of the CEDAW articles and General Recommendation 35 areas' })
  @IsOptional()
  @TagCodesRules()
  cedawAreas?: string[] | null;

  @ApiPropertyOptional({ example: [], type: [String], description: 'Codes of the human-rights mechanisms vocabulary' })
  @IsOptional()
  @TagCodesRules()
  mechanisms?: string[] | null;
}

function proposeRecommendation(forumId: string, body: ProposeRecommendationDto, context: CommandContext): Sent<'ProposeRecommendation'> {
  const recommendationId = newAggregateIdFor(context, 'recommendation');
  const { text, themes, priority } = body;
  const targetRegions = body.targetRegions ?? [];
  const optional = { ...(body.targetCountry ? { targetCountry: body.targetCountry } : {}), ...(body.madeBy ? { madeBy: body.madeBy } : {}) };
  const tags = { sdgTargets: body.sdgTargets ?? [], cedawAreas: body.cedawAreas ?? [], mechanisms: body.mechanisms ?? [] };
  return { type: 'ProposeRecommendation', data: { recommendationId, forumId, text, themes, targetRegions, priority, ...optional, ...tags } };
}

/** A coordinator enters a recommendation made at a forum; with an Idempotency-Key its id comes from the key. */
export class ProposeRecommendation extends OnRecommendation {
  constructor(forumId: string, body: ProposeRecommendationDto, context: CommandContext) {
    super(proposeRecommendation(forumId, body, context), context);
  }
}
