import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import { REPORT_FORMATS } from '../document/report-document';
import type { ReportFormat } from '../document/report-document';
import { REPORT_LANGUAGES } from '../labels/report-labels';
import type { ReportLanguage } from '../labels/report-labels';
import type { ReportParameters } from '../report-parameters';

/** What every report accepts: when, in which language and format, and at which data position. */
export class ReportQueryDto implements ReportParameters {
  @ApiPropertyOptional({
    description: 'What was known at this date (end of day, UTC) or date-time; defaults to the end of today',
    example: '2025-03-31',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'asOf must be an ISO 8601 date or date-time, such as 2025-03-31' })
  asOf?: string;

  @ApiPropertyOptional({ enum: REPORT_LANGUAGES, default: 'en', description: 'Language of the labels; user-entered text stays as entered' })
  @IsOptional()
  @IsIn(REPORT_LANGUAGES, { message: `lang must be one of: ${REPORT_LANGUAGES.join(', ')}` })
  lang?: ReportLanguage;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, { message: `format must be one of: ${REPORT_FORMATS.join(', ')}` })
  format?: ReportFormat;

  @ApiPropertyOptional({
    description: 'Regenerate at this data position (printed in every report); a later position waits until the read model has it',
    example: '1042/1042',
  })
  @IsOptional()
  @IsEventPosition({ message: 'position must be a data position such as 1042/1042, as printed in a report' })
  position?: string;
}
