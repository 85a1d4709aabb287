import { ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * A DTO class's class-validator rules, read once from its metadata and run without class-validator's executor:
 * `true` only when class-validator (with the pipe's options) would find no problem in the object. `false` means
 * "refused, or not sure" — the caller then asks class-validator itself, whose answer names the field and rule.
 * Each rule's own `validate` is called, so what a rule accepts is class-validator's; what is compiled is the walk
 * (which properties, which conditions, nesting, `each`, the whitelist), mirroring ValidationExecutor.
 */
/** A class, as the decorators' metadata knows it (by its constructor). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DtoClass = abstract new (...args: any[]) => object;

export type AcceptsAll = (object: object) => boolean;

export interface WhitelistOptions {
  whitelist: boolean;
  forbidNonWhitelisted: boolean;
}

interface Rule {
  validate: (value: unknown, args: ValidationArguments) => unknown;
  each: boolean;
  constraints: unknown[];
}

interface PropertyRules {
  property: string;
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: Rule[];
  /** The schema name of each @ValidateNested, as ValidationExecutor passes it on. */
  nested: string[];
}

const KNOWN_TYPES = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.WHITELIST,
]);

function rulesOf(metadata: ValidationMetadata): Rule[] | undefined {
  const constraintClasses = getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls);
  if (constraintClasses.some((constraint) => constraint.async)) return undefined;
  return constraintClasses.map((constraint) => ({
    validate: (value, args) => constraint.instance.validate(value, args),
    each: metadata.each === true,
    constraints: metadata.constraints,
  }));
}

function propertyRules(property: string, metadatas: ValidationMetadata[]): PropertyRules | undefined {
  const found: PropertyRules = { property, conditions: [], rules: [], nested: [] };
  for (const metadata of metadatas) {
    if (!KNOWN_TYPES.has(metadata.type)) return undefined;
    if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION) found.conditions.push(metadata.constraints[0] as PropertyRules['conditions'][number]);
    if (metadata.type === ValidationTypes.NESTED_VALIDATION) found.nested.push(typeof metadata.target === 'string' ? metadata.target : metadata.target.name);
    if (metadata.type === ValidationTypes.CUSTOM_VALIDATION || metadata.type === ValidationTypes.IS_DEFINED) {
      const rules = rulesOf(metadata);
      if (!rules) return undefined;
      found.rules.push(...rules);
    }
  }
  return found;
}

/** A rule's answer as class-validator takes it: truthy passes; a promise is an async rule, for class-validator to await. */
const passed = (result: unknown) => Boolean(result) && !(result instanceof Promise);

function passes(rule: Rule, object: object, property: string, value: unknown): boolean {
  if (rule.each && (value instanceof Set || value instanceof Map)) return false;
  const args: ValidationArguments = { targetName: object.constructor?.name, property, object, value, constraints: rule.constraints };
  if (rule.each && Array.isArray(value)) return value.every((element) => passed(rule.validate(element, args)));
  return passed(rule.validate(value, args));
}

/** ValidationExecutor.nestedValidations for one @ValidateNested: arrays element by element, objects by their own class. */
function nestedPasses(value: unknown, schema: string, options: Compiler): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.every((element) => nestedPasses(element, schema, options));
  if (value instanceof Set || value instanceof Map) return false;
  if (!(value instanceof Object)) return false;
  const accepts = options.rulesOf(value.constructor as DtoClass, schema);
  return accepts !== undefined && accepts(value);
}

function propertyPasses(rules: PropertyRules, object: Record<string, unknown>, options: Compiler): boolean {
  const value = object[rules.property];
  if (!rules.conditions.every((condition) => condition(object, value))) return true;
  if (value instanceof Promise) return false;
  if (!rules.rules.every((rule) => passes(rule, object, rules.property, value))) return false;
  return rules.nested.every((schema) => nestedPasses(value, schema, options));
}

function compile(target: DtoClass, schema: string | undefined, options: Compiler): AcceptsAll | undefined {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(target, schema as string, false, false, undefined);
  // forbidUnknownValues (class-validator's default): a class without rules is refused.
  if (metadatas.length === 0) return () => false;
  const grouped = storage.groupByPropertyName(metadatas);
  const properties: PropertyRules[] = [];
  for (const [property, ofProperty] of Object.entries(grouped)) {
    const rules = propertyRules(property, ofProperty);
    if (!rules) return undefined;
    properties.push(rules);
  }
  const known = new Set(Object.keys(grouped).filter((property) => grouped[property].length > 0));
  return (object) => {
    const record = object as Record<string, unknown>;
    if (options.whitelist) {
      for (const key of Object.keys(record)) {
        if (known.has(key)) continue;
        if (options.forbidNonWhitelisted) return false;
        delete record[key];
      }
    }
    return properties.every((rules) => propertyPasses(rules, record, options));
  };
}

interface Compiler extends WhitelistOptions {
  rulesOf(target: DtoClass, schema: string | undefined): AcceptsAll | undefined;
}

/** The compiled rules of each class for one set of options, compiled on first use; undefined for a class with a rule that cannot be compiled (async or of an unknown kind). */
export class CompiledRules implements Compiler {
  readonly whitelist: boolean;
  readonly forbidNonWhitelisted: boolean;
  private readonly made = new Map<DtoClass, Map<string | undefined, AcceptsAll | null>>();

  constructor(options: WhitelistOptions) {
    this.whitelist = options.whitelist;
    this.forbidNonWhitelisted = options.forbidNonWhitelisted;
  }

  rulesOf(target: DtoClass, schema: string | undefined): AcceptsAll | undefined {
    let bySchema = this.made.get(target);
    if (!bySchema) this.made.set(target, (bySchema = new Map()));
    let rules = bySchema.get(schema);
    if (rules === undefined) bySchema.set(schema, (rules = compile(target, schema, this) ?? null));
    return rules ?? undefined;
  }
}
