import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RenameOrganisationDto {
  @ApiProperty({ example: 'Legal Aid Center of the Republic of Tajikistan' })
  @IsString()
  @Length(2, 200)
  name: string;
}
