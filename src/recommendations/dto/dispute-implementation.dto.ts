import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EffectiveAtDto } from '../../forums/dto/validation';

export class DisputeImplementationDto extends EffectiveAtDto {
  @ApiProperty({ example: 'The attendance lists do not show the 120 psychologists reported' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}
