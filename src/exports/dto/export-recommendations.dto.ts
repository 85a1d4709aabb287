import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ReadModelQueryDto } from '../../kernel/read-model-query.dto';
import { RECOMMENDATION_STATUSES } from '../../recommendations/recommendation.events';
import { RECOMMENDATION_SORTS, type RecommendationSort } from '../../recommendations/queries/list-recommendations';
import type { ExportFormat } from '../export-file';
import { columnKeys } from '../export-list';
import type { ExportLanguage } from '../labels/export-labels';
import { RECOMMENDATIONS_EXPORT } from '../lists/recommendations.export';
import { IsColumns, IsExportFormat, IsExportLanguage, asBoolean } from './export-choices';

/** The filters of GET /recommendations (the same names and rules), without its page: the export is the whole list. */
export class ExportRecommendationsDto extends ReadModelQueryDto {
  @IsExportFormat()
  format: ExportFormat = 'csv';

  @IsExportLanguage()
  lang: ExportLanguage = 'en';

  @IsColumns(columnKeys(RECOMMENDATIONS_EXPORT), RECOMMENDATIONS_EXPORT.defaults)
  columns?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'forumId must be a forum id (a UUID)' })
  forumId?: string;

  @ApiPropertyOptional({ description: 'The responsible organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;

  @ApiPropertyOptional({ description: `One status or several, comma-separated: ${RECOMMENDATION_STATUSES.join(', ')}` })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsIn(RECOMMENDATION_STATUSES, { each: true })
  status?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 60)
  theme?: string;

  @ApiPropertyOptional({ description: "A region's code: recommendations tagged with it or any of its districts" })
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

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean({ message: 'disputed must be true or false' })
  disputed?: boolean;

  @ApiPropertyOptional()
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
}
