import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import { LANGUAGES, type Language } from '../translation.events';

export class TranslationParams {
  @ApiProperty({ description: 'The recommendation or forum' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @ApiProperty({ enum: LANGUAGES, description: 'The language of the translation' })
  @IsIn(LANGUAGES)
  lang: Language;
}

export class TranslateRecommendationTextDto {
  @ApiProperty({ example: 'Открыть кризисный центр в каждом районе Хатлона' })
  @IsString()
  @Length(10, 4000)
  text: string;
}

export class TranslateForumTitleDto {
  @ApiProperty({ example: 'Региональная конференция по предотвращению гендерного насилия' })
  @IsString()
  @Length(3, 300)
  title: string;
}

export class TranslationsQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Also the text shown in this language: the translation, or the original marked as such' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the translations include the event at this position (X-Event-Position)', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
