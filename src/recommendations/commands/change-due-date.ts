import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EffectiveAtDto, IsCalendarDate } from '../../kernel/validation';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';

export class ChangeDueDateDto extends EffectiveAtDto {
  @ApiProperty({ example: '2025-12-31' })
  @IsCalendarDate()
  dueDate: string;

  @ApiProperty({ example: 'The budget for the training arrives in the second half of the year' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}

const changeDueDate = (recommendationId: string, { dueDate, reason }: ChangeDueDateDto): Sent<'ChangeDueDate'> => ({
  type: 'ChangeDueDate',
  data: { recommendationId, dueDate, reason },
});

/** A coordinator moves the due date, with a reason. */
export class ChangeDueDate extends OnRecommendation {
  constructor(recommendationId: string, body: ChangeDueDateDto, context: CommandContext) {
    super(changeDueDate(recommendationId, body), context);
  }
}
