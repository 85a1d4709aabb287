import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EffectiveAtDto } from '../../forums/dto/validation';

export class DeclineRecommendationDto extends EffectiveAtDto {
  @ApiProperty({ example: "Supporting shelters is outside the Ministry's mandate; the Committee is responsible" })
  @IsString()
  @Length(3, 1000)
  reason: string;
}
