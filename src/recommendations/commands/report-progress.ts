import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { EffectiveAtDto } from '../../kernel/validation';
import { EvidenceDto } from '../dto/evidence.dto';
import type { CommandContext } from '../../event-sourcing/event-metadata';
import { OnRecommendation, Sent } from '../recommendation-command';
import { toEvidence } from '../dto/evidence.dto';

export class ReportProgressDto extends EffectiveAtDto {
  @ApiProperty({ example: 'Course curriculum drafted with the Academy of Education; pilot in 10 schools in Bokhtar' })
  @IsString()
  @Length(3, 4000)
  note: string;

  @ApiPropertyOptional({ type: [EvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[] | null;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete?: number | null;
}

function reportProgress(recommendationId: string, body: ReportProgressDto): Sent<'ReportProgress'> {
  const evidence = (body.evidence ?? []).map(toEvidence);
  return { type: 'ReportProgress', data: { recommendationId, note: body.note, evidence, percentComplete: body.percentComplete ?? null } };
}

/** The responsible organisation reports progress with evidence; on an accepted one this also starts the work. */
export class ReportProgress extends OnRecommendation {
  constructor(recommendationId: string, body: ReportProgressDto, context: CommandContext) {
    super(reportProgress(recommendationId, body), context);
  }
}
