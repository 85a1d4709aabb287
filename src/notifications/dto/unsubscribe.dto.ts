import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class UnsubscribeDto {
  @ApiProperty({ description: 'The token of the link in the e-mail' })
  @IsString()
  @Length(10, 200)
  token: string;
}
