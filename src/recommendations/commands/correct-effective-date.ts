import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

/** Not an EffectiveAtDto: the correction itself takes effect when it is recorded; `effectiveAt` is the corrected time. */
export class CorrectEffectiveDateDto {
  @ApiProperty({ description: 'The revision of the event whose effective time was entered wrongly (see the history)', example: 2 })
  @IsInt({ message: 'revision must be a whole number: the revision of an event in the history' })
  @Min(0)
  @Max(1_000_000)
  revision: number;

  @ApiProperty({ description: 'When the event really took effect', example: '2024-06-01T09:00:00+05:00' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'effectiveAt must be an ISO 8601 date-time with a time zone, such as 2024-05-10T09:30:00+05:00',
  })
  @IsISO8601({ strict: true }, { message: 'effectiveAt must be a real date and time' })
  effectiveAt: string;

  @ApiProperty({ example: 'The acceptance letter is dated 1 June, not 1 July' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}

function correctEffectiveDate(recommendationId: string, { revision, effectiveAt, reason }: CorrectEffectiveDateDto): Sent<'CorrectEffectiveDate'> {
  return { type: 'CorrectEffectiveDate', data: { recommendationId, revision, effectiveAt: new Date(effectiveAt).toISOString(), reason } };
}

/** A coordinator puts right the effective time of an earlier event (never overwriting it), with a reason. */
export class CorrectEffectiveDate extends OnRecommendation {
  constructor(recommendationId: string, body: CorrectEffectiveDateDto, context: CommandContext) {
    super(correctEffectiveDate(recommendationId, body), context);
  }
}
