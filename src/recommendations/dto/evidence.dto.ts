import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUrl, Length, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { EVIDENCE_KINDS, Evidence, EvidenceClaim } from '../recommendation.events';

const given = (value: unknown) => value !== undefined && value !== null;

/** A link needs a url; a document needs a reference (or a url where it can be downloaded); a file its SHA-256 as uploaded. */
export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'document' })
  @IsIn(EVIDENCE_KINDS)
  kind: Evidence['kind'];

  @ApiProperty({ example: 'Order of the Ministry of Education on school psychologists', description: 'For a file: the name shown' })
  @IsString()
  @Length(2, 300)
  title: string;

  @ApiPropertyOptional({ example: 'https://maorif.tj/orders/12-2024.pdf', description: 'Required for a link' })
  @ValidateIf((evidence: EvidenceDto) => evidence.kind === 'link' || (evidence.kind !== 'file' && given(evidence.url)))
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http or https URL (a link needs one)' })
  url?: string | null;

  @ApiPropertyOptional({ example: 'Order No. 12 of 1 June 2024', description: 'Required for a document without a url' })
  @ValidateIf((evidence: EvidenceDto) => (evidence.kind === 'document' && !given(evidence.url)) || (evidence.kind !== 'file' && given(evidence.reference)))
  @IsString({ message: 'reference must be a string (a document needs a reference or a url)' })
  @Length(2, 500)
  reference?: string | null;

  @ApiPropertyOptional({
    example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    description: 'Required for a file: the SHA-256 that POST /evidence-files answered',
  })
  @ValidateIf((evidence: EvidenceDto) => evidence.kind === 'file')
  @IsString()
  @Matches(/^[0-9a-f]{64}$/, { message: 'sha256 must be 64 lowercase hexadecimal digits (a file needs the hash POST /evidence-files answered)' })
  sha256?: string;

  @ApiPropertyOptional({ default: false, description: 'Shown on the public portal (false: only to those who may see the recommendation)' })
  @IsOptional()
  @IsBoolean()
  public?: boolean;
}

export function toEvidence({ kind, title, url, reference, sha256, public: shown }: EvidenceDto): EvidenceClaim {
  const claim: EvidenceClaim = { kind, title, url: url ?? null, reference: reference ?? null, public: shown ?? false };
  return kind === 'file' ? { ...claim, url: null, reference: null, file: { sha256: sha256 as string } } : claim;
}

/** Optional evidence, as a verification or a dispute may give (at most 20 pieces). */
export function OptionalEvidence(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [EvidenceDto], description: 'What it rests on: links, documents, uploaded files' }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => EvidenceDto),
  );
}
