import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches, ValidateBy, ValidateIf, ValidationArguments } from 'class-validator';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO calendar date such as 2024-05-10 that exists (no 30 February). */
export function IsCalendarDate(): PropertyDecorator {
  return applyDecorators(
    Matches(CALENDAR_DATE, { message: ({ property }: ValidationArguments) => `${property} must be a date such as 2024-05-10` }),
    IsISO8601({ strict: true }, { message: ({ property }: ValidationArguments) => `${property} must be a real calendar date` }),
  );
}

/** The field may be left out, but when given it may not be null (for fields that cannot be cleared). */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}

function NotInFuture(): PropertyDecorator {
  return ValidateBy({
    name: 'notInFuture',
    validator: {
      validate: (value) => typeof value !== 'string' || Date.parse(value) <= Date.now(),
      defaultMessage: ({ property }: ValidationArguments = {} as ValidationArguments) => `${property} must not be in the future`,
    },
  });
}

/** Every command accepts `effectiveAt`: when it happened in the world, for history entered late. */
export abstract class EffectiveAtDto {
  @ApiPropertyOptional({
    description: 'When this happened in the world, if earlier than now: an ISO 8601 date-time with a time zone',
    example: '2024-05-10T09:30:00+05:00',
  })
  @IsOptional()
  @Matches(DATE_TIME, {
    message: 'effectiveAt must be an ISO 8601 date-time with a time zone, such as 2024-05-10T09:30:00+05:00',
  })
  @IsISO8601({ strict: true }, { message: 'effectiveAt must be a real date and time' })
  @NotInFuture()
  effectiveAt?: string | null;
}

export function effectiveAtOf(dto: EffectiveAtDto): Date | undefined {
  return dto.effectiveAt ? new Date(dto.effectiveAt) : undefined;
}
