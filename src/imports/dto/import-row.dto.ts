import { paramsOf } from '../../http/validation.pipe';
import type { RefusalParams } from '../../kernel/refusal-reasons';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { FORUM_KINDS } from '../../forums/forum.events';
import { PRIORITIES } from '../../recommendations/recommendation.events';
import { IsCalendarDate } from '../../kernel/validation';
import type { ColumnKey } from '../template-columns';

/** One row of the spreadsheet, its cells read into the shape the commands take (lists split, numbers read). */
export class ImportRowDto {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  reference?: string;

  @IsString()
  @Length(3, 300)
  forumTitle: string;

  @IsIn(FORUM_KINDS)
  forumKind: string;

  @IsCalendarDate()
  forumStartDate: string;

  @IsCalendarDate()
  forumEndDate: string;

  @Matches(/^[A-Z]{2}$/, { message: 'forumCountry must be a two-letter ISO 3166-1 code such as TJ' })
  forumCountry: string;

  @IsOptional()
  @Length(2, 100)
  forumRegion?: string;

  @IsOptional()
  @Length(2, 100)
  forumDistrict?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Length(2, 200, { each: true })
  forumOrganisers: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  forumFunders: string[];

  @IsOptional()
  @Length(2, 300)
  forumProgramme?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  forumParticipants?: number | string;

  @IsOptional()
  @Length(2, 1000)
  forumSource?: string;

  @IsString()
  @Length(10, 4000)
  text: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Length(2, 100, { each: true })
  themes: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(2, 100, { each: true })
  targetRegions: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(1, 200, { each: true })
  sdgTargets: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(1, 200, { each: true })
  cedawAreas: string[];

  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Length(1, 200, { each: true })
  mechanisms: string[];

  @IsIn(PRIORITIES)
  priority: string;

  @IsCalendarDate()
  proposedAt: string;

  @IsOptional()
  @Length(2, 300)
  responsible?: string;

  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  supporting: string[];

  @ValidateIf((row: ImportRowDto) => row.responsible !== undefined || row.dueDate !== undefined)
  @IsCalendarDate()
  dueDate?: string;

  @IsCalendarDate()
  assignedAt: string;
}

export interface CellProblem {
  field: ColumnKey;
  rule: string;
  message: string;
  /** The rule's parameters, for a translation (as the API's field problems have them). */
  params?: RefusalParams;
}

/** What class-validator finds wrong with the row: one problem per field and rule. */
export function cellProblems(row: ImportRowDto): CellProblem[] {
  return validateSync(row, { forbidUnknownValues: false }).flatMap((error) =>
    Object.entries(error.constraints ?? {}).map(([rule, message]) => {
      const params = paramsOf(error, rule);
      return { field: error.property as ColumnKey, rule, message, ...(params ? { params } : {}) };
    }),
  );
}
