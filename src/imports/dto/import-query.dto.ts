import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import type { TemplateLanguage } from '../import-template';

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'Check against the tracker once its lists include the event at this position (X-Event-Position)', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}

export class TemplateQueryDto extends ImportQueryDto {
  @ApiPropertyOptional({ enum: ['en', 'ru', 'tg'], description: 'The language of the headers (any of the three is read back)' })
  @IsOptional()
  @IsIn(['en', 'ru', 'tg'])
  language?: TemplateLanguage;
}
