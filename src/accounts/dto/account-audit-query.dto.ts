import { IsPageNumber, IsPageSize } from '../../kernel/paging';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';

export class AccountAuditQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'accountId must be an account id (a UUID)' })
  accountId?: string;

  @IsPageNumber(1_000_000)
  page = 1;

  @IsPageSize(50, 200)
  pageSize = 50;

  @ApiPropertyOptional({ description: 'Wait until the log includes the event at this position (X-Event-Position)', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
