import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@secretariat.tj' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @Length(1, 200)
  password: string;
}
