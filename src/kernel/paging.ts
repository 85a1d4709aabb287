import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** A list's page number in a query string: a whole number from 1 to `max`. The property's initialiser gives 1. */
export function IsPageNumber(max: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: 1, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}

/** How many items a page holds: a whole number from 1 to `max`; the property's initialiser gives the default. */
export function IsPageSize(byDefault: number, max: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ default: byDefault, maximum: max }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}
