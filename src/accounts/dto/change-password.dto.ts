import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class ChangePasswordDto {
  @ApiPropertyOptional({ description: 'Required when changing your own password' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  currentPassword?: string;

  @ApiProperty({ example: 'a much longer passphrase' })
  @IsString()
  @Length(12, 200, { message: 'newPassword must be at least 12 characters' })
  newPassword: string;
}
