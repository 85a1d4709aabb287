import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUrl, Length, MaxLength, ValidateIf } from 'class-validator';
import { EVIDENCE_KINDS, Evidence } from '../recommendation.events';

const given = (value: unknown) => value !== undefined && value !== null;

/** A link needs a url; a document needs a reference (or a url where it can be downloaded). */
export class EvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS, example: 'document' })
  @IsIn(EVIDENCE_KINDS)
  kind: Evidence['kind'];

  @ApiProperty({ example: 'Order of the Ministry of Education on school psychologists' })
  @IsString()
  @Length(2, 300)
  title: string;

  @ApiPropertyOptional({ example: 'https://maorif.tj/orders/12-2024.pdf', description: 'Required for a link' })
  @ValidateIf((evidence: EvidenceDto) => evidence.kind === 'link' || given(evidence.url))
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http or https URL (a link needs one)' })
  url?: string | null;

  @ApiPropertyOptional({ example: 'Order No. 12 of 1 June 2024', description: 'Required for a document without a url' })
  @ValidateIf((evidence: EvidenceDto) => (evidence.kind === 'document' && !given(evidence.url)) || given(evidence.reference))
  @IsString({ message: 'reference must be a string (a document needs a reference or a url)' })
  @Length(2, 500)
  reference?: string | null;
}

export function toEvidence({ kind, title, url, reference }: EvidenceDto): Evidence {
  return { kind, title, url: url ?? null, reference: reference ?? null };
}
