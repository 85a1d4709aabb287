import { IsPageNumber, IsPageSize } from '../../kernel/paging';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { RECOMMENDATION_STATUSES } from '../recommendation.events';
import { RECOMMENDATION_SORTS, type RecommendationSort } from '../queries/list-recommendations';
import { ReadModelQueryDto } from '../../kernel/read-model-query.dto';

export class ListRecommendationsDto extends ReadModelQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'forumId must be a forum id (a UUID)' })
  forumId?: string;

  @ApiPropertyOptional({ description: 'The responsible organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;

  @ApiPropertyOptional({ description: `One status or several, comma-separated: ${RECOMMENDATION_STATUSES.join(', ')}`, example: 'accepted,in_progress' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(RECOMMENDATION_STATUSES, { each: true })
  status?: string[];

  @ApiPropertyOptional({ example: 'legal-aid', description: "A theme's code" })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  theme?: string;

  @ApiPropertyOptional({ example: 'TJ-KT', description: "A region's code: recommendations tagged with it or any of its districts" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  region?: string;

  @ApiPropertyOptional({ example: '5.2', description: "An SDG target's code" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  sdgTarget?: string;

  @ApiPropertyOptional({ description: "A CEDAW article's or General Recommendation 35 area's code" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  cedawArea?: string;

  @ApiPropertyOptional({ description: "A human-rights mechanism's code" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  mechanism?: string;

  @ApiPropertyOptional({ description: 'true: only overdue commitments; false: only those not overdue' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'true: only those reopened by a dispute (the last implementation claim was disputed and none made since)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'disputed must be true or false' })
  disputed?: boolean;

  @ApiPropertyOptional({ description: 'Words in the text of the recommendation (any case)', example: 'legal aid' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  q?: string;

  @ApiPropertyOptional({ enum: RECOMMENDATION_SORTS, default: 'proposedAt' })
  @IsOptional()
  @IsIn(RECOMMENDATION_SORTS)
  sort?: RecommendationSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @IsPageNumber(100_000)
  page = 1;

  @IsPageSize(20, 200)
  pageSize = 20;
}
