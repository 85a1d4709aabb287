import { PARAMS_FROM_VALUE } from '../kernel/params-from-value';
import { ArgumentMetadata, BadRequestException, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { RefusalParams } from '../kernel/refusal-reasons';
import { CompiledDtos } from './compiled-validation/compiled-dtos';
import { shapeProblem } from './input-shape';

export interface FieldProblem {
  field: string;
  /** class-validator's constraint name (isLength, min, isIn, …) or one of input-shape's rules. */
  rule: string;
  message: string;
  /** The rule's parameters, for a translation: min, max, values. */
  params?: RefusalParams;
}

/** The parameters of each rule whose message depends on them, by constraint name. */
const PARAMS: Record<string, (constraints: unknown[]) => RefusalParams> = {
  min: ([min]) => ({ min: min as number }),
  max: ([max]) => ({ max: max as number }),
  minLength: ([min]) => ({ min: min as number }),
  maxLength: ([max]) => ({ max: max as number }),
  isLength: ([min, max]) => ({ min: (min as number) ?? null, max: (max as number) ?? null }),
  arrayMinSize: ([min]) => ({ min: min as number }),
  arrayMaxSize: ([max]) => ({ max: max as number }),
  isIn: ([values]) => ({ values: (values as unknown[]).map(String) }),
  isEnum: ([, values]) => ({ values: (values as unknown[]).map(String) }),
};

type Found = FieldProblem & { ofValue?: RefusalParams };

/** The constraints the DTO declared for this rule of this field, read back from class-validator's metadata. */
export function paramsOf(error: ValidationError, rule: string): RefusalParams | undefined {
  const params = PARAMS[rule];
  const target = error.target?.constructor;
  if (!params || !target) return undefined;
  const declared = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((metadata) => metadata.propertyName === error.property && metadata.name === rule);
  return declared?.constraints ? params(declared.constraints) : undefined;
}

/**
 * Every failed constraint of a class-validator tree, with the dotted path of its field (`evidence.0.url`); a
 * nested field's message starts with its parent's path, as Nest's own messages always did.
 */
function fieldProblems(errors: ValidationError[], parent = ''): Found[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => {
      const params = paramsOf(error, rule);
      const ofValue = PARAMS_FROM_VALUE[rule]?.(error.value);
      return { field, rule, message: parent ? `${parent}.${message}` : message, ...(params ? { params } : {}), ...(ofValue ? { ofValue } : {}) };
    });
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

function validationFailed(found: Found[]): BadRequestException {
  const ofValue = found.find((problem) => problem.ofValue);
  const problems: FieldProblem[] = found.map(({ ofValue: _, ...problem }) => problem);
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'ValidationFailed',
    message: problems.map((p) => p.message),
    errors: problems,
    ...(ofValue ? { params: { field: ofValue.field, ...ofValue.ofValue } } : {}),
  });
}

export interface InputValidationOptions {
  /** The compiled fast path for accepted input (src/http/compiled-validation); off, every input goes through class-validator. */
  compiled?: boolean;
}

/**
 * The DTO validation of every route (whitelist, unknown fields refused, transformation), after a check of
 * the input's shape that class-transformer and class-validator cannot survive themselves: nesting depth,
 * ill-formed Unicode (isEmail throws on a lone surrogate) and prototype keys. Input the DTO's compiled rules
 * accept is handed over at once; everything else goes through class-transformer and class-validator.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  private readonly compiled: CompiledDtos | undefined;

  constructor({ compiled = true }: InputValidationOptions = {}) {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The factory reads each rule's declared parameters back through the error's target (never answered).
      validationError: { target: true, value: true },
      exceptionFactory: (errors) => validationFailed(fieldProblems(errors)),
    });
    this.compiled = compiled ? new CompiledDtos({ whitelist: true, forbidNonWhitelisted: true }) : undefined;
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problem = shapeProblem(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (problem) throw validationFailed([problem]);
    }
    if (this.compiled && metadata.metatype && !this.expectedType && this.toValidate(metadata)) {
      const accepted = this.compiled.accepted(metadata.metatype, value);
      if (accepted) return accepted;
    }
    return super.transform(value, metadata);
  }
}
