import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class IssueApiTokenDto {
  @ApiProperty({ example: 'quarterly import script' })
  @IsString()
  @Length(2, 100)
  label: string;
}
