import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsAcceptablePassword } from '../../kernel/password.validator';
import { ROLES, type Role } from '../../kernel/principal';

export class CreateAccountDto {
  @ApiProperty({ example: 'm.rahimova@legalaid.tj' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ example: 'Madina Rahimova' })
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiPropertyOptional({
    description:
      'At least 12 characters; not one of the passwords most found in breaches, not a repeated or sequential pattern. ' +
      'Leave it out to answer a one-time invitation link instead, with which the person chooses their own',
    example: 'correct horse battery staple',
  })
  @IsOptional()
  @IsAcceptablePassword()
  password?: string;

  @ApiProperty({ enum: ROLES, example: 'stakeholder' })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for stakeholders and donors', example: '3f0c2a4e-8a55-4f0b-9f1d-0b8e2d5b1c11' })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId must be an organisation id (a UUID)' })
  organisationId?: string;
}
