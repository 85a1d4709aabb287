import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';

/** No directories, no control characters: a name as a person gives a file. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
const FILE_NAME = /^[^/\\\u0000-\u001f\u007f]+$/;

export class UploadEvidenceFileQuery {
  @ApiPropertyOptional({ description: 'The file name (or send it in the X-File-Name header, percent-encoded)', example: 'order-12-2024.pdf' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  @Matches(FILE_NAME, { message: 'filename must be a file name without directories or control characters' })
  filename?: string;
}

export class DownloadEvidenceFileQuery {
  @ApiPropertyOptional({
    description: 'Wait (up to 5 s) until the file list includes the event at this position: the X-Event-Position of the command that attached it',
    example: '42/42',
  })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}

export { FILE_NAME };
