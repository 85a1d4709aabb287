import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ReadModelQueryDto } from '../../kernel/read-model-query.dto';

export class OrganisationFilterDto extends ReadModelQueryDto {
  @ApiPropertyOptional({ description: 'Only this responsible organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;
}
