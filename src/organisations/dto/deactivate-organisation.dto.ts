import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class DeactivateOrganisationDto {
  @ApiProperty({ example: 'Merged into the Ministry of Justice' })
  @IsString()
  @Length(3, 1000)
  reason: string;
}
