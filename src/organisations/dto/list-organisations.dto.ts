import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
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

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 50;

  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the read model includes the event at this position', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
