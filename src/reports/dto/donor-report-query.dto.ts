import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PERIOD_PATTERN, REPORT_TEMPLATES } from '../../reporting-framework/period/reporting-period';
import type { ReportTemplate } from '../../reporting-framework/period/reporting-period';
import type { DonorReportParameters } from '../report-parameters';
import { ReportQueryDto } from './report-query.dto';

export class DonorReportQueryDto extends ReportQueryDto implements DonorReportParameters {
  @ApiProperty({ description: 'The donor organisation (donors may ask only for their own)' })
  @IsUUID('all', { message: 'donorId must be an organisation id (a UUID)' })
  donorId: string;

  @ApiProperty({
    description:
      "In the donor's own fiscal year (its reporting profile; the calendar year by default): 2025 or FY2025, 2025-Q1, 2025-H1; or any range 2025-01-01..2025-06-30. For a US-government donor (year from October) 2025-Q1 is October–December 2024",
    example: '2025-Q1',
  })
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2025-Q1, 2025-H1, FY2025, 2025 or 2025-01-01..2025-06-30' })
  period: string;

  @ApiPropertyOptional({
    enum: REPORT_TEMPLATES,
    description: "The donor's template (from its reporting profile) by default; standard is always allowed, another donor's template never",
  })
  @IsOptional()
  @IsIn(REPORT_TEMPLATES, { message: `template must be one of: ${REPORT_TEMPLATES.join(', ')}` })
  template?: ReportTemplate;
}
