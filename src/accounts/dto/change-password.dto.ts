import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsAcceptablePassword } from '../../kernel/password.validator';

export class ChangePasswordDto {
  @ApiPropertyOptional({ description: 'Required when changing your own password' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  currentPassword?: string;

  @ApiProperty({ example: 'a much longer passphrase' })
  @IsAcceptablePassword()
  newPassword: string;
}
