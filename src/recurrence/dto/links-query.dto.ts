import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';

/** Read-your-writes for the links: the answer waits until it includes a link just made or taken back. */
export class LinksQueryDto {
  @ApiPropertyOptional({
    description: 'Wait (up to 5 s) until the links include the event at this position: the X-Event-Position of a link or unlink',
    example: '42/42',
  })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
