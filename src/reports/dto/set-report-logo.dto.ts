import { ApiProperty } from '@nestjs/swagger';
import { IsBase64, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { LOGO_OWNERS } from '../../reporting-framework/reporting-framework.events';
import type { LogoOwner } from '../../reporting-framework/reporting-framework.events';
import { MAX_LOGO_BYTES } from '../files/logo-image';

export class ReportLogoParams {
  @IsUUID('all', { message: 'donorId must be a UUID' })
  donorId: string;

  @ApiProperty({ enum: LOGO_OWNERS, description: "donor: the donor's logo; implementer: the implementing organisation's" })
  @IsIn(LOGO_OWNERS, { message: `whose must be one of: ${LOGO_OWNERS.join(', ')}` })
  whose: LogoOwner;
}

export class SetReportLogoDto {
  @ApiProperty({ description: `The image, PNG or JPEG (read from its content), at most ${MAX_LOGO_BYTES} bytes, in base64`, example: 'iVBORw0KGgo...' })
  @IsString()
  @IsBase64({}, { message: 'image must be the image file in base64' })
  @MaxLength(Math.ceil(MAX_LOGO_BYTES / 3) * 4, { message: `image may have at most ${MAX_LOGO_BYTES} bytes` })
  image: string;
}
