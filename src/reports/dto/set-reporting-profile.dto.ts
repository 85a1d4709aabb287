import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { REPORT_TEMPLATES } from '../../reporting-framework/period/reporting-period';
import type { ReportTemplate } from '../../reporting-framework/period/reporting-period';
import type { ReportingProfile } from '../../reporting-framework/reporting-framework.events';

export class SetReportingProfileDto {
  @ApiProperty({ description: 'The month (1–12) the donor’s fiscal year starts: 1 calendar year (EU), 10 US government, 4 UK', example: 10 })
  @IsInt({ message: 'fiscalYearStartMonth must be a month number from 1 to 12' })
  @Min(1, { message: 'fiscalYearStartMonth must be a month number from 1 to 12' })
  @Max(12, { message: 'fiscalYearStartMonth must be a month number from 1 to 12' })
  fiscalYearStartMonth: number;

  @ApiProperty({ enum: REPORT_TEMPLATES, example: 'inl' })
  @IsIn(REPORT_TEMPLATES, { message: `template must be one of: ${REPORT_TEMPLATES.join(', ')}` })
  template: ReportTemplate;

  @ApiPropertyOptional({ description: 'The award, grant or contract number printed on the donor’s reports', example: 'INL-TJ-2024-017' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  awardNumber?: string;

  @ApiPropertyOptional({
    description: 'The implementing organisation named on the cover of the donor’s reports',
    example: 'Committee on Women and Family Affairs',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  implementingOrganisation?: string;
}

export function profileFrom(body: SetReportingProfileDto): ReportingProfile {
  return {
    fiscalYearStartMonth: body.fiscalYearStartMonth,
    template: body.template,
    awardNumber: body.awardNumber ?? null,
    implementingOrganisation: body.implementingOrganisation ?? null,
  };
}
