import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DATE_PRECISIONS, type DatePrecision, FORUM_KINDS, ForumDetails, type ForumKind } from '../forum.events';
import { ForumLocationDto, ForumOrganiserDto } from './forum-parts.dto';
import { EffectiveAtDto, IsCalendarDate } from '../../kernel/validation';

export class RecordForumDto extends EffectiveAtDto {
  @ApiProperty({ example: 'Regional conference on preventing gender-based violence in Khatlon' })
  @IsString()
  @Length(3, 300)
  title: string;

  @ApiProperty({ enum: FORUM_KINDS, example: 'conference' })
  @IsIn(FORUM_KINDS)
  kind: ForumKind;

  @ApiProperty({ example: '2024-05-10' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ example: '2024-05-11', description: 'Not before startDate' })
  @IsCalendarDate()
  endDate: string;

  @ApiProperty({ type: ForumLocationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ForumLocationDto)
  location: ForumLocationDto;

  @ApiProperty({ type: [ForumOrganiserDto], example: [{ name: 'USANT' }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ForumOrganiserDto)
  organisers: ForumOrganiserDto[];

  @ApiPropertyOptional({ description: 'Ids of registered donor organisations', type: [String], example: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  funders?: string[] | null;

  @ApiPropertyOptional({ example: 'Preventing GBV in Khatlon (INL)' })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  programme?: string | null;

  @ApiPropertyOptional({ example: 52 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  participants?: number | null;

  @ApiPropertyOptional({ example: 'USANT conference report, May 2024' })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  sourceReference?: string | null;

  @ApiPropertyOptional({ description: 'A study tour’s countries, as ISO 3166-1 alpha-2 codes', type: [String], example: ['KZ', 'UZ'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countriesVisited must be two-letter ISO 3166-1 codes such as KZ' })
  countriesVisited?: string[] | null;

  @ApiPropertyOptional({
    enum: DATE_PRECISIONS,
    default: 'day',
    description: "'month' when only the month is known: the dates are stored as the first and last day of their months and shown as months",
  })
  @IsOptional()
  @IsIn(DATE_PRECISIONS)
  datePrecision?: DatePrecision | null;
}

export function toForumDetails(dto: RecordForumDto): ForumDetails {
  return {
    title: dto.title,
    kind: dto.kind,
    startDate: dto.startDate,
    endDate: dto.endDate,
    location: toLocation(dto.location),
    organisers: dto.organisers.map(toOrganiser),
    funders: dto.funders ?? [],
    programme: dto.programme ?? null,
    participants: dto.participants ?? null,
    sourceReference: dto.sourceReference ?? null,
    ...(dto.countriesVisited?.length ? { countriesVisited: dto.countriesVisited } : {}),
    ...(dto.datePrecision === 'month' ? { datePrecision: dto.datePrecision } : {}),
  };
}

export function toLocation({ country, region, district }: ForumLocationDto): ForumDetails['location'] {
  return { country, region: region ?? null, district: district ?? null };
}

export function toOrganiser({ name, organisationId }: ForumOrganiserDto): ForumDetails['organisers'][number] {
  return { name, organisationId: organisationId ?? null };
}
