import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsString, Length, Matches } from 'class-validator';

/*
 * The rules of a recommendation's content, the same when it is proposed and when it is corrected; whether a field
 * may be left out is each form's own. Listed as they would be stacked above the field, read from the bottom up.
 */
const stacked = (...decorators: PropertyDecorator[]) => applyDecorators(...decorators.reverse());

export const TextRules = () => stacked(IsString(), Length(10, 4000));

export const ThemesRules = () => stacked(IsArray(), ArrayMinSize(1), ArrayMaxSize(20), ArrayUnique(), IsString({ each: true }), Length(2, 100, { each: true }));

export const TargetRegionsRules = () => stacked(IsArray(), ArrayMaxSize(50), ArrayUnique(), IsString({ each: true }), Length(2, 100, { each: true }));

export const TargetCountryRules = () => Matches(/^[A-Z]{2}$/, { message: 'targetCountry must be a two-letter ISO 3166-1 code such as TJ' });

export const MadeByRules = () => stacked(IsString(), Length(2, 300));

/** Codes of a vocabulary other than themes and regions (SDG targets, CEDAW areas, mechanisms): none or several. */
export const TagCodesRules = () => stacked(IsArray(), ArrayMaxSize(50), ArrayUnique(), IsString({ each: true }), Length(1, 100, { each: true }));
