import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { EffectiveAtDto } from '../../forums/dto/validation';

export class VerifyImplementationDto extends EffectiveAtDto {
  @ApiPropertyOptional({ example: 'Checked the attendance lists and the ministry order during the monitoring visit' })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  note?: string | null;
}
