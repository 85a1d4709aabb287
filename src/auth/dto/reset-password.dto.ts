import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsAcceptablePassword } from '../../kernel/password.validator';

export class ResetPasswordDto {
  @ApiProperty({ description: 'The token of the one-time link a coordinator issued (pr_…)' })
  @IsString()
  @Length(10, 200)
  token: string;

  @ApiProperty({ example: 'a passphrase I chose myself' })
  @IsAcceptablePassword()
  newPassword: string;
}
