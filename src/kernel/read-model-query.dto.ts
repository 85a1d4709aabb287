import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsUUID } from 'class-validator';
import { IsEventPosition } from './event-position.validator';

/** What every read-model query accepts: a past moment, a donor's portfolio, and read-your-writes. */
export class ReadModelQueryDto {
  @ApiPropertyOptional({
    description: 'Answer as things stood, and as they were known, at this date (end of day, UTC) or date-time',
    example: '2025-03-31',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'asOf must be an ISO 8601 date or date-time, such as 2025-03-31' })
  asOf?: string;

  @ApiPropertyOptional({ description: 'Only forums this donor organisation funds (donors always see only their own)' })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be an organisation id (a UUID)' })
  donorId?: string;

  @ApiPropertyOptional({
    description: 'Wait (up to 5 s) until the read model includes the event at this position: the X-Event-Position of a command',
    example: '42/42',
  })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
