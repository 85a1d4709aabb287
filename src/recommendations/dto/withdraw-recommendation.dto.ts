import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EffectiveAtDto } from '../../forums/dto/validation';

export class WithdrawRecommendationDto extends EffectiveAtDto {
  @ApiProperty({ example: 'Duplicates the recommendation on school curricula' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}
