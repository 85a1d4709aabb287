import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsUUID, Matches } from 'class-validator';
import { REPORT_FORMATS } from '../document/report-document';
import type { ReportFormat } from '../document/report-document';
import { DonorReportQueryDto } from './donor-report-query.dto';

/** The donor report as it is asked for, at a data position, in every format the donor wants. */
export class SubmitReportDto extends DonorReportQueryDto {
  @ApiProperty({ description: 'The data position the report is made at (as printed in a report, or answered by a command)', example: '1042/1042' })
  @Matches(/^\d+\/\d+$/, { message: 'position must be a data position such as 1042/1042, as printed in a report' })
  declare position: string;

  @ApiProperty({ enum: REPORT_FORMATS, isArray: true, example: ['pdf', 'xlsx'] })
  @IsArray()
  @ArrayNotEmpty({ message: 'formats must name at least one format' })
  @ArrayUnique()
  @ArrayMaxSize(REPORT_FORMATS.length)
  @IsIn(REPORT_FORMATS, { each: true, message: `formats must be among: ${REPORT_FORMATS.join(', ')}` })
  formats: ReportFormat[];
}

export class SubmittedFileParams {
  @IsUUID('all', { message: 'donorId must be an organisation id (a UUID)' })
  donorId: string;

  @Matches(/^[0-9a-f]{32}$/, { message: 'submissionId must be the id a submission answered with' })
  submissionId: string;

  @IsIn(REPORT_FORMATS, { message: `format must be one of: ${REPORT_FORMATS.join(', ')}` })
  format: ReportFormat;
}
