import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';

/** Targets for implementations per Spotlight pillar (EU results framework). */
export class PillarTargetsDto {
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(0) laws_and_policies?: number;
  @ApiPropertyOptional({ example: 2 }) @IsOptional() @IsInt() @Min(0) institutions?: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(0) prevention?: number;
  @ApiPropertyOptional({ example: 3 }) @IsOptional() @IsInt() @Min(0) services?: number;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) data?: number;
  @ApiPropertyOptional({ example: 1 }) @IsOptional() @IsInt() @Min(0) womens_movements?: number;
}

export class SetIndicatorTargetsDto {
  @ApiPropertyOptional({ example: 12 }) @IsOptional() @IsInt() @Min(0) recommendationsAssigned?: number;
  @ApiPropertyOptional({ example: 6 }) @IsOptional() @IsInt() @Min(0) recommendationsImplemented?: number;
  @ApiPropertyOptional({ example: 4 }) @IsOptional() @IsInt() @Min(0) implementationsVerified?: number;
  @ApiPropertyOptional({ example: 0.5, description: 'a fraction from 0 to 1' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  implementationRate?: number;
  @ApiPropertyOptional({ example: 2, description: 'the most overdue commitments acceptable at the end of the period' })
  @IsOptional()
  @IsInt()
  @Min(0)
  overdueCommitments?: number;
  @ApiPropertyOptional({ type: PillarTargetsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PillarTargetsDto)
  pillarsImplemented?: PillarTargetsDto;
}

/** The targets as the event stores them: indicator → figure, `pillar:<pillar>` → implementations. */
export function targetsFrom(dto: SetIndicatorTargetsDto): Record<string, number> {
  const { pillarsImplemented, ...indicators } = dto;
  const targets: Record<string, number> = {};
  for (const [key, value] of Object.entries(indicators)) if (value !== undefined) targets[key] = value;
  for (const [pillar, value] of Object.entries(pillarsImplemented ?? {})) if (value !== undefined) targets[`pillar:${pillar}`] = value;
  return targets;
}
