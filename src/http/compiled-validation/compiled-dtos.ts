import type { DtoClass } from './compiled-rules';
import { CompiledInstances } from './compiled-instances';
import { CompiledRules, WhitelistOptions } from './compiled-rules';

function isJsonObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The fast path of the validation pipe: class-transformer's instance of a DTO and class-validator's verdict on
 * it, both compiled once per DTO class from the decorators' own metadata. It answers only "accepted, and here is
 * the instance"; for anything else (a refusal, or a DTO it cannot compile) it answers undefined and the pipe asks
 * class-transformer and class-validator, so every refusal is theirs, word for word.
 */
export class CompiledDtos {
  private readonly rules: CompiledRules;
  private readonly instances = new CompiledInstances();

  constructor(options: WhitelistOptions) {
    this.rules = new CompiledRules(options);
  }

  /** The DTO instance the handler gets, when the value is a JSON object that the DTO's rules accept. */
  accepted(metatype: DtoClass, value: unknown): object | undefined {
    if (!isJsonObject(value)) return undefined;
    const acceptsAll = this.rules.rulesOf(metatype, undefined);
    if (!acceptsAll) return undefined;
    const instance = this.instances.instanceOf(metatype, value);
    return instance && acceptsAll(instance) ? instance : undefined;
  }

  /** Whether the class's rules and instances compile (a DTO that does not is always validated by class-validator). */
  compiles(metatype: DtoClass): boolean {
    return this.rules.rulesOf(metatype, undefined) !== undefined && this.instances.compiles(metatype);
  }
}
