import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { PARAMS_FROM_VALUE } from './params-from-value';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordRuleBroken, passwordProblem } from './password-rules';

// A refusal says which rule the password broke: params { field, problem: 'common' | 'tooShort' | ..., min, max }.
PARAMS_FROM_VALUE.isAcceptablePassword = (value) => ({
  problem: typeof value === 'string' ? (passwordRuleBroken(value) ?? 'notText') : 'notText',
  min: PASSWORD_MIN_LENGTH,
  max: PASSWORD_MAX_LENGTH,
});

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
