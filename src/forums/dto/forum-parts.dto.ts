import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

export class ForumLocationDto {
  @ApiProperty({ description: 'ISO 3166-1 alpha-2 country code', example: 'TJ' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as TJ' })
  country: string;

  @ApiPropertyOptional({ example: 'Khatlon' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  region?: string | null;

  @ApiPropertyOptional({ example: 'Bokhtar' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  district?: string | null;
}

export class ForumOrganiserDto {
  @ApiProperty({ example: 'USANT' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiPropertyOptional({ description: 'When the organiser is a registered organisation', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
