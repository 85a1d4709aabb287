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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FORUM_KINDS, ForumDetails, type ForumKind } from '../forum.events';
import { ForumLocationDto, ForumOrganiserDto } from './forum-parts.dto';
import { toLocation, toOrganiser } from './record-forum.dto';
import { EffectiveAtDto, IsCalendarDate, IsOmittable } from '../../kernel/validation';

/** Any subset of a forum's details, with the reason for the correction. Null clears an optional field. */
export class CorrectForumDetailsDto extends EffectiveAtDto {
  @ApiProperty({ example: 'The conference report gives 52 participants, not 50' })
  @IsString()
  @Length(3, 1000)
  reason: string;

  @ApiPropertyOptional({ example: 'Regional conference on preventing gender-based violence in Khatlon' })
  @IsOmittable()
  @IsString()
  @Length(3, 300)
  title?: string;

  @ApiPropertyOptional({ enum: FORUM_KINDS })
  @IsOmittable()
  @IsIn(FORUM_KINDS)
  kind?: ForumKind;

  @ApiPropertyOptional({ example: '2024-05-10' })
  @IsOmittable()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ example: '2024-05-11' })
  @IsOmittable()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ type: ForumLocationDto })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => ForumLocationDto)
  location?: ForumLocationDto;

  @ApiPropertyOptional({ type: [ForumOrganiserDto] })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ForumOrganiserDto)
  organisers?: ForumOrganiserDto[];

  @ApiPropertyOptional({ type: [String], example: [] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  funders?: string[];

  @ApiPropertyOptional({ example: 'Spotlight Initiative Central Asia', nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 300)
  programme?: string | null;

  @ApiPropertyOptional({ example: 52, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  participants?: number | null;

  @ApiPropertyOptional({ example: 'https://example.org/report.pdf', nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 1000)
  sourceReference?: string | null;
}

export function toForumChanges(dto: CorrectForumDetailsDto): Partial<ForumDetails> {
  const changes: Partial<ForumDetails> = {
    title: dto.title,
    kind: dto.kind,
    startDate: dto.startDate,
    endDate: dto.endDate,
    location: dto.location && toLocation(dto.location),
    organisers: dto.organisers?.map(toOrganiser),
    funders: dto.funders,
    programme: dto.programme,
    participants: dto.participants,
    sourceReference: dto.sourceReference,
  };
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
