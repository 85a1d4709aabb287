import { IsPageNumber, IsPageSize } from '../../kernel/paging';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import { ORGANISATION_KINDS } from '../organisation.events';

export class ListOrganisationsDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'true: only active organisations; false: only deactivated ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ description: 'Words in the name (any case)', example: 'legal aid' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @IsPageNumber(100_000)
  page = 1;

  @IsPageSize(50, 500)
  pageSize = 50;

  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the read model includes the event at this position', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
