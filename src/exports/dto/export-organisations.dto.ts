import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import { ORGANISATION_KINDS } from '../../organisations/organisation.events';
import type { ExportFormat } from '../export-file';
import { columnKeys } from '../export-list';
import type { ExportLanguage } from '../labels/export-labels';
import { ORGANISATIONS_EXPORT } from '../lists/organisations.export';
import { IsColumns, IsExportFormat, IsExportLanguage, asBoolean } from './export-choices';

/** The filters of GET /organisations, without its page. */
export class ExportOrganisationsDto {
  @IsExportFormat()
  format: ExportFormat = 'csv';

  @IsExportLanguage()
  lang: ExportLanguage = 'en';

  @IsColumns(columnKeys(ORGANISATIONS_EXPORT), ORGANISATIONS_EXPORT.defaults)
  columns?: string[];

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(asBoolean)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
