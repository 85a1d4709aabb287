import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn } from 'class-validator';
import { DELIVERY_MODES, type DeliveryMode, NOTIFICATION_KINDS, type NotificationKind } from '../notification-kinds';

export class NotificationPreferencesDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, example: ['due-soon'], description: 'Kinds not to be e-mailed (the inbox keeps them)' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @IsIn(NOTIFICATION_KINDS, { each: true, message: `each of mutedKinds must be one of: ${NOTIFICATION_KINDS.join(', ')}` })
  mutedKinds: NotificationKind[];

  @ApiProperty({ enum: DELIVERY_MODES, example: 'immediately' })
  @IsIn(DELIVERY_MODES, { message: `delivery must be one of: ${DELIVERY_MODES.join(', ')}` })
  delivery: DeliveryMode;
}
