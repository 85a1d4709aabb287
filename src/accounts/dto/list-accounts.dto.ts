import { IsPageNumber, IsPageSize } from '../../kernel/paging';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import { ROLES } from '../../kernel/principal';

export class ListAccountsDto {
  @ApiPropertyOptional({ description: 'Words in the name or e-mail (any case)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;

  @IsPageNumber(1_000_000)
  page = 1;

  @IsPageSize(50, 200)
  pageSize = 50;

  @ApiPropertyOptional({ description: 'Wait until the list includes the event at this position (X-Event-Position)', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
