import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@secretariat.tj' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @Length(1, 200)
  password: string;

  @ApiPropertyOptional({ example: '123456', description: 'With two-factor sign-in on: the 6 digits the authenticator app shows' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits your authenticator app shows' })
  code?: string;

  @ApiPropertyOptional({ description: 'With two-factor sign-in on and the app lost: one of the recovery codes (each works once)' })
  @IsOptional()
  @IsString()
  @Length(6, 40)
  recoveryCode?: string;
}
