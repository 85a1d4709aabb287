import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { COMMENT_KINDS } from '../comment.events';

export class CommentDto {
  @ApiProperty({ enum: COMMENT_KINDS, example: 'question' })
  @IsIn(COMMENT_KINDS, { message: `kind must be one of ${COMMENT_KINDS.join(', ')}` })
  kind: 'comment' | 'question';

  @ApiProperty({ example: 'Which districts does the training cover so far?' })
  @IsString()
  @Length(2, 2000, { message: 'text must be 2 to 2000 characters' })
  text: string;
}
