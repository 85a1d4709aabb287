import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DeactivateAccountDto {
  @ApiProperty({ example: 'Left the Committee in March' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}
