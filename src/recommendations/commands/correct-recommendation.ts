import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { IsOmittable } from '../../kernel/validation';
import { CONTENT_FIELDS, PRIORITIES, type Priority, RecommendationContent } from '../recommendation.events';
import { OnRecommendation, Sent } from '../recommendation-command';
import { MadeByRules, TagCodesRules, TargetCountryRules, TargetRegionsRules, TextRules, ThemesRules } from '../dto/recommendation-content-fields';

/** The fields to put right (left out: unchanged); the same rules as when proposing. Not an EffectiveAtDto: a correction takes effect when recorded. */
export class CorrectRecommendationDto {
  @ApiPropertyOptional({ example: 'Introduce a course on recognising and referring cases of domestic violence for school psychologists' })
  @IsOmittable()
  @TextRules()
  text?: string;

  @ApiPropertyOptional({ example: ['education', 'prevention'], type: [String] })
  @IsOmittable()
  @ThemesRules()
  themes?: string[];

  @ApiPropertyOptional({ enum: PRIORITIES, example: 'high' })
  @IsOmittable()
  @IsIn(PRIORITIES)
  priority?: Priority;

  @ApiPropertyOptional({ example: ['TJ-KT'], type: [String], description: 'Codes of the regions vocabulary; empty: nationwide' })
  @IsOmittable()
  @TargetRegionsRules()
  targetRegions?: string[];

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code of the country asked to act; null: the forum’s own', example: 'AF', nullable: true })
  @IsOptional()
  @TargetCountryRules()
  targetCountry?: string | null;

  @ApiPropertyOptional({ description: 'Who made the recommendation: a speaker or a panel; null: not known', example: 'Panel on legal aid', nullable: true })
  @IsOptional()
  @MadeByRules()
  madeBy?: string | null;

  @ApiPropertyOptional({ example: ['5.2'], type: [String], description: 'Codes of the SDG targets vocabulary' })
  @IsOmittable()
  @TagCodesRules()
  sdgTargets?: string[];

  @ApiPropertyOptional({ example: [], type: [String], description: 'Codes of the CEDAW articles and General Recommendation 35 areas' })
  @IsOmittable()
  @TagCodesRules()
  cedawAreas?: string[];

  @ApiPropertyOptional({ example: [], type: [String], description: 'Codes of the human-rights mechanisms vocabulary' })
  @IsOmittable()
  @TagCodesRules()
  mechanisms?: string[];

  @ApiProperty({ example: 'The text was copied from the draft, not from the final resolution' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}

function correctRecommendation(recommendationId: string, body: CorrectRecommendationDto): Sent<'CorrectRecommendation'> {
  const content: Partial<RecommendationContent> = {};
  for (const field of CONTENT_FIELDS) {
    if (body[field] !== undefined) Object.assign(content, { [field]: body[field] });
  }
  return { type: 'CorrectRecommendation', data: { recommendationId, content, reason: body.reason } };
}

/** A coordinator puts right a recommendation's text, themes, priority or targets, with a reason; what was there stays in the history. */
export class CorrectRecommendation extends OnRecommendation {
  constructor(recommendationId: string, body: CorrectRecommendationDto, context: CommandContext) {
    super(correctRecommendation(recommendationId, body), context);
  }
}
