import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { passwordProblem } from './password-rules';

/** A new password that follows password-rules.ts; the message names the field and what is wrong. */
export function IsAcceptablePassword(options: ValidationOptions = {}) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && passwordProblem(value) === undefined,
        defaultMessage: ({ value, property }: ValidationArguments) => `${property} ${typeof value === 'string' ? passwordProblem(value) : 'must be a string'}`,
      },
    });
}
