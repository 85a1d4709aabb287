import { registerDecorator, ValidationOptions } from 'class-validator';

/** SQLite and EventStoreDB hold positions in 64 bits: a larger number is no position (and overflowed into a 500). */
const MAX_POSITION = 2n ** 63n - 1n;
const FORMAT = /^(\d{1,19})\/(\d{1,19})$/;

export function isEventPosition(value: unknown): boolean {
  const match = typeof value === 'string' ? FORMAT.exec(value) : null;
  return match !== null && BigInt(match[1]) <= MAX_POSITION && BigInt(match[2]) <= MAX_POSITION;
}

/** A global event position `commit/prepare` (the X-Event-Position header of a command), each part below 2^63. */
export function IsEventPosition(options: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({ name: 'isEventPosition', target: target.constructor, propertyName, options, validator: { validate: isEventPosition } });
}
