import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsIn, IsOptional } from 'class-validator';
import { EXPORT_FORMATS } from '../export-file';
import { EXPORT_LANGUAGES } from '../labels/export-labels';

/** csv or xlsx; csv when not said. */
export const IsExportFormat = (): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' }), IsOptional(), IsIn(EXPORT_FORMATS));

/** The language of the headers and the enumerated values; English when not said. */
export const IsExportLanguage = (): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ enum: EXPORT_LANGUAGES, default: 'en' }), IsOptional(), IsIn(EXPORT_LANGUAGES));

/** The columns, comma-separated, in the order wanted: each a field of the list's items. */
export const IsColumns = (keys: string[], defaults: string[]): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description: `Comma-separated, in order, any of: ${keys.join(', ')}. Without it: ${defaults.join(', ')}`,
      example: defaults.join(','),
    }),
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((key) => key.trim()) : value)),
    IsIn(keys, { each: true }),
    ArrayUnique(),
    ArrayMaxSize(keys.length),
  );

/** A true/false query parameter. */
export const asBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
