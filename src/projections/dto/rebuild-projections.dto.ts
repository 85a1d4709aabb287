import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { READ_MODELS } from '../read-models';

const NAMES = READ_MODELS.map((p) => p.name);

export class RebuildProjectionsDto {
  @ApiPropertyOptional({ description: 'Which projections; all when absent', example: ['tracker'], enum: NAMES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(NAMES, { each: true, message: `each value in projections must be one of: ${NAMES.join(', ')}` })
  projections?: string[];
}
