import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ORGANISATION_KINDS, type OrganisationKind } from '../organisation.events';

export class RegisterOrganisationDto {
  @ApiProperty({ example: 'Committee on Women and Family Affairs under the Government of the Republic of Tajikistan' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'committee' })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country code', example: 'TJ' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as TJ' })
  country: string;

  @ApiPropertyOptional({ example: 'Khatlon' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  region?: string;
}
