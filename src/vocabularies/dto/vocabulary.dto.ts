import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsEventPosition } from '../../kernel/event-position.validator';
import { SPOTLIGHT_PILLARS, type SpotlightPillar } from '../../reporting-framework/reporting-framework.events';
import { VOCABULARY_KINDS, type VocabularyKind } from '../vocabulary';

/** A code as recommendations carry it: '5.a', 'TJ-KT', 'legal-aid', 'upr-3'. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CODE_RULE = 'a letter or digit, then up to 63 letters, digits, dots, hyphens or underscores';

export class VocabularyParams {
  @ApiProperty({ enum: VOCABULARY_KINDS, description: 'The vocabulary' })
  @IsIn(VOCABULARY_KINDS)
  kind: VocabularyKind;
}

export class VocabularyTermParams extends VocabularyParams {
  @ApiProperty({ description: 'The term', example: 'legal-aid' })
  @IsString()
  @Matches(CODE, { message: `code must be ${CODE_RULE}` })
  code: string;
}

export class TermLabelsDto {
  @ApiProperty({ example: 'Legal aid' })
  @IsString()
  @Length(1, 200)
  en: string;

  @ApiProperty({ example: 'Юридическая помощь' })
  @IsString()
  @Length(1, 200)
  ru: string;

  @ApiProperty({ example: 'Ёрии ҳуқуқӣ' })
  @IsString()
  @Length(1, 200)
  tg: string;
}

export class RelabelVocabularyTermDto {
  @ApiProperty({ type: TermLabelsDto, description: 'The labels in English, Russian and Tajik; all three replace the earlier ones' })
  // ValidateNested alone lets a missing object through.
  @IsObject()
  @ValidateNested()
  @Type(() => TermLabelsDto)
  labels: TermLabelsDto;

  @ApiPropertyOptional({
    type: [String],
    description: 'Other spellings that resolve to the term; when given, they replace the earlier ones',
    example: ['free legal aid'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  aliases?: string[];
}

export class AddVocabularyTermDto extends RelabelVocabularyTermDto {
  @ApiProperty({ description: 'The code recommendations will carry; not changed afterwards', example: 'TJ-KT-bokhtar' })
  @IsString()
  @Matches(CODE, { message: `code must be ${CODE_RULE}` })
  code: string;

  @ApiPropertyOptional({ description: "The code of the term it belongs under (a district's region)", example: 'TJ-KT' })
  @IsOptional()
  @IsString()
  @Matches(CODE, { message: `parent must be ${CODE_RULE}` })
  parent?: string;

  @ApiPropertyOptional({ enum: SPOTLIGHT_PILLARS, description: 'Themes only: the Spotlight pillar it counts under when a donor has not mapped it' })
  @IsOptional()
  @IsIn(SPOTLIGHT_PILLARS)
  defaultPillar?: SpotlightPillar;
}

export class VocabulariesQueryDto {
  @ApiPropertyOptional({ description: 'Wait (up to 5 s) until the vocabularies include the event at this position (X-Event-Position)', example: '42/42' })
  @IsOptional()
  @IsEventPosition({ message: 'minPosition must be a position such as 42/42 (the X-Event-Position header of a command)' })
  minPosition?: string;
}
