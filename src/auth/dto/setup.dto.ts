import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';
import { IsAcceptablePassword } from '../../kernel/password.validator';

export class SetupDto {
  @ApiProperty({ description: 'The one-time token the app printed at its first start' })
  @IsString()
  @Length(10, 200)
  setupToken: string;

  @ApiProperty({ example: 'coordinator@secretariat.tj' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ example: 'Nigora Saidova' })
  @IsString()
  @Length(2, 120)
  name: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsAcceptablePassword()
  password: string;
}
