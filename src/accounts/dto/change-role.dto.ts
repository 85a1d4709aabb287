import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '../../kernel/principal';

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES, example: 'donor' })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'The organisation the account acts for in its new role' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;
}
