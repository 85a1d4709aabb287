import { ArgumentMetadata, BadRequestException, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { shapeProblem } from './input-shape';

export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/**
 * Every failed constraint of a class-validator tree, with the dotted path of its field (`evidence.0.url`); a
 * nested field's message starts with its parent's path, as Nest's own messages always did.
 */
function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message: parent ? `${parent}.${message}` : message }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}

function validationFailed(problems: FieldProblem[]): BadRequestException {
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: 'ValidationFailed',
    message: problems.map((p) => p.message),
    errors: problems,
  });
}

/**
 * The DTO validation of every route (whitelist, unknown fields refused, transformation), after a check of
 * the input's shape that class-transformer and class-validator cannot survive themselves: nesting depth,
 * ill-formed Unicode (isEmail throws on a lone surrogate) and prototype keys.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => validationFailed(fieldProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problem = shapeProblem(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (problem) throw validationFailed([problem]);
    }
    return super.transform(value, metadata);
  }
}
