import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PERIOD_PATTERN, REPORT_TEMPLATES } from '../period/reporting-period';
import type { ReportTemplate } from '../period/reporting-period';
import { ReportQueryDto } from './report-query.dto';

export class DonorReportQueryDto extends ReportQueryDto {
  @ApiProperty({ description: 'The donor organisation (donors may ask only for their own)' })
  @IsUUID('all', { message: 'donorId must be an organisation id (a UUID)' })
  donorId: string;

  @ApiProperty({
    description: 'INL: fiscal quarter 2025-Q1 (Oct–Dec 2024) or FY2025; EU: year 2025; standard: 2025 or calendar quarter 2025-Q1; any: 2025-01-01..2025-06-30',
    example: '2025-Q1',
  })
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2025-Q1, FY2025, 2025 or 2025-01-01..2025-06-30' })
  period: string;

  @ApiPropertyOptional({ enum: REPORT_TEMPLATES, description: "Defaults by donor: INL's template for INL, the EU's for the EU, else standard" })
  @IsOptional()
  @IsIn(REPORT_TEMPLATES, { message: `template must be one of: ${REPORT_TEMPLATES.join(', ')}` })
  template?: ReportTemplate;
}
