import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ReadModelQueryDto } from '../../kernel/read-model-query.dto';
import type { ExportFormat } from '../export-file';
import { columnKeys } from '../export-list';
import type { ExportLanguage } from '../labels/export-labels';
import { FORUMS_EXPORT, OVERDUE_EXPORT, SCORECARDS_EXPORT } from '../lists/read-model.exports';
import { IsColumns, IsExportFormat, IsExportLanguage } from './export-choices';

class ExportReadModelListDto extends ReadModelQueryDto {
  @IsExportFormat()
  format: ExportFormat = 'csv';

  @IsExportLanguage()
  lang: ExportLanguage = 'en';
}

/** The filters of GET /follow-through/forums, and the forums page's search in titles. */
export class ExportForumsDto extends ExportReadModelListDto {
  @IsColumns(columnKeys(FORUMS_EXPORT), FORUMS_EXPORT.defaults)
  columns?: string[];

  @ApiPropertyOptional({ description: 'Words in the title (any case), as the forums page searches' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}

/** The filters of GET /scorecards/organisations. */
export class ExportScorecardsDto extends ExportReadModelListDto {
  @IsColumns(columnKeys(SCORECARDS_EXPORT), SCORECARDS_EXPORT.defaults)
  columns?: string[];

  @ApiPropertyOptional({ description: 'Only this responsible organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;
}

/** The filters of GET /overdue. */
export class ExportOverdueDto extends ExportReadModelListDto {
  @IsColumns(columnKeys(OVERDUE_EXPORT), OVERDUE_EXPORT.defaults)
  columns?: string[];

  @ApiPropertyOptional({ description: 'Only this responsible organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;
}
