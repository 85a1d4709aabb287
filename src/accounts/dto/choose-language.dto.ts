import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../account.events';

export class ChooseLanguageDto {
  @ApiProperty({ enum: INTERFACE_LANGUAGES, example: 'ru', description: 'English, Russian or Tajik' })
  @IsIn(INTERFACE_LANGUAGES, { message: `language must be one of: ${INTERFACE_LANGUAGES.join(', ')}` })
  language: InterfaceLanguage;
}
