import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, Matches } from 'class-validator';
import { PERIOD_PATTERN } from '../../reporting-framework/period/reporting-period';

export class FrameworkTargetParams {
  @ApiProperty({ description: 'The donor organisation' })
  @IsUUID('all', { message: 'donorId must be an organisation id (a UUID)' })
  donorId: string;

  @ApiProperty({ example: '2025-Q1', description: 'The period exactly as reports are asked for: 2025-Q1, FY2025, 2025' })
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2025-Q1, FY2025, 2025 or 2025-01-01..2025-06-30' })
  period: string;
}
