import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class IssuePasswordLinkDto {
  @ApiPropertyOptional({ enum: ['reset', 'invitation'], default: 'reset' })
  @IsOptional()
  @IsIn(['reset', 'invitation'])
  purpose: 'reset' | 'invitation' = 'reset';
}
