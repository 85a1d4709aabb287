import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EffectiveAtDto } from '../../kernel/validation';

/** Declining an assignment, disputing an implementation and withdrawing a recommendation each need a reason. */
export class ReasonDto extends EffectiveAtDto {
  @ApiProperty({ example: 'The attendance lists do not show the 120 psychologists reported' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}
