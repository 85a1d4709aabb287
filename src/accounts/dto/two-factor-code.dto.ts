import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456', description: 'The 6 digits the authenticator app shows now' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits your authenticator app shows' })
  code: string;
}
