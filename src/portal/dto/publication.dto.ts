import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { DEFAULT_LICENCE, LICENCES, type Licence } from '../publication.events';

export class PublishForumDto {
  @ApiPropertyOptional({ enum: LICENCES, default: DEFAULT_LICENCE, description: 'The open licence of the published data' })
  @IsOptional()
  @IsIn(LICENCES)
  licence?: Licence;
}

export class UnpublishForumDto {
  @ApiPropertyOptional({ example: 'A recommendation names a survivor; it is being reworded' })
  @IsOptional()
  @IsString()
  @Length(3, 1000)
  reason?: string;
}
