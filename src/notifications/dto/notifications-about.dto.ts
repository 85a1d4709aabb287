import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class NotificationsAboutDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  recommendationId: string;
}
