import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType, PickType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { IsOmittable } from '../../kernel/validation';
import { ForumDetails } from '../forum.events';
import { RecordForumDto, toLocation, toOrganiser } from './record-forum.dto';

/** What null clears in a correction; every other detail may be left out but not cleared. */
const CLEARABLE = ['programme', 'participants', 'sourceReference'] as const;

/** The forum's details that a correction may leave out but never set to null (funders too: null is not "no funders" here). */
class DetailsNeverNull extends PartialType(OmitType(RecordForumDto, [...CLEARABLE, 'funders', 'effectiveAt'] as const), { skipNullProperties: false }) {}

/** Any subset of a forum's details, with the reason for the correction. Null clears an optional field. */
export class CorrectForumDetailsDto extends IntersectionType(DetailsNeverNull, PickType(RecordForumDto, [...CLEARABLE, 'effectiveAt'] as const)) {
  @ApiProperty({ example: 'The conference report gives 52 participants, not 50' })
  @IsString()
  @Length(3, 1000)
  reason: string;

  @ApiPropertyOptional({ type: [String], example: [] })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  funders?: string[];
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
    countriesVisited: dto.countriesVisited === null ? [] : dto.countriesVisited,
    datePrecision: dto.datePrecision ?? undefined,
  };
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
}
