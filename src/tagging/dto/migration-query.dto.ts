import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';

export class MigrationQueryDto {
  @ApiPropertyOptional({ description: 'Read the recommendations once the tracker includes the event at this position (X-Event-Position)', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
