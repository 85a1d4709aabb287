import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class LinkRepeatDto {
  @ApiProperty({ description: 'The earlier recommendation this one repeats' })
  @IsUUID()
  earlierId!: string;
}
