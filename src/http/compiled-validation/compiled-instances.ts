import type { DtoClass } from './compiled-rules';
import { getMetadataStorage } from 'class-validator';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { TransformationType } from 'class-transformer';

// class-transformer keeps its decorators' metadata here; it has no typed export for it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage: transformerMetadata } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

/** Builds the instance of one class from a parsed JSON object, or says undefined: "ask class-transformer". */
export type InstanceOf = (plain: Record<string, unknown>) => object | undefined;

interface Property {
  /** The class of @Type(() => Class), when there is one. */
  type?: DtoClass;
  /** A getter without a setter on the prototype: class-transformer leaves it alone. */
  readOnly: boolean;
}

/** Types class-transformer converts to (String, Number, Date…) or collects into (Set, Map): not copied here. */
const CONVERTED: DtoClass[] = [String, Number, Boolean, Date, Buffer, Map, Set, Promise, Object, Array];

const UNCOMPILED = Symbol('uncompiled');

/**
 * class-transformer leaves out of a copied plain object every key that names a member of Object.prototype
 * (`valueOf`, `toString`, `hasOwnProperty`…): it skips a key the new object's prototype holds without a setter,
 * or whose inherited value is a function.
 */
function inheritedFromObject(key: string): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
  return (descriptor !== undefined && !descriptor.set) || ({} as Record<string, unknown>)[key] instanceof Function;
}

function isPlainObject(value: object): boolean {
  return Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * class-transformer's plainToInstance (no options) for JSON bodies, compiled per class: `new Class()`, then every
 * key of the body copied in its order, nested plain objects and arrays copied, a @Type(() => Class) property
 * built as that class. Compiled only for the validated properties of classes without @Expose, @Exclude or
 * @Transform; anything else (another key, a sparse array, a converted type) answers undefined.
 */
export class CompiledInstances {
  private readonly made = new Map<DtoClass, InstanceOf | typeof UNCOMPILED>();

  instanceOf(target: DtoClass, plain: Record<string, unknown>): object | undefined {
    const build = this.buildOf(target);
    return build === UNCOMPILED ? undefined : build(plain);
  }

  compiles(target: DtoClass): boolean {
    return this.buildOf(target) !== UNCOMPILED;
  }

  private buildOf(target: DtoClass): InstanceOf | typeof UNCOMPILED {
    let build = this.made.get(target);
    if (build === undefined) this.made.set(target, (build = this.compile(target) ?? UNCOMPILED));
    return build;
  }

  private compile(target: DtoClass): InstanceOf | undefined {
    if (!this.withoutKeyRules(target)) return undefined;
    const properties = new Map<string, Property>();
    const validated = getMetadataStorage().getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined);
    for (const name of new Set(validated.map((metadata) => metadata.propertyName))) {
      const property = this.propertyOf(target, name);
      if (!property) return undefined;
      properties.set(name, property);
    }
    const Target = target as new () => Record<string, unknown>;
    return (plain) => {
      const instance = new Target();
      for (const key of Object.keys(plain)) {
        const property = properties.get(key);
        if (!property) return undefined;
        if (property.readOnly || instance[key] instanceof Function) continue;
        const copied = this.copy(plain[key], property.type);
        if (copied === UNCOMPILED) return undefined;
        instance[key] = copied;
      }
      return instance;
    };
  }

  private withoutKeyRules(target: DtoClass): boolean {
    return (
      transformerMetadata.getStrategy(target) === 'none' &&
      transformerMetadata.getExposedMetadatas(target).length === 0 &&
      transformerMetadata.getExcludedMetadatas(target).length === 0
    );
  }

  private propertyOf(target: DtoClass, name: string): Property | undefined {
    if (name === '__proto__' || name === 'constructor') return undefined;
    if (transformerMetadata.findTransformMetadatas(target, name, TransformationType.PLAIN_TO_CLASS).length > 0) return undefined;
    const typeMetadata = transformerMetadata.findTypeMetadata(target, name);
    let type: DtoClass | undefined;
    if (typeMetadata) {
      // A type function that looks at the object (its parameter) could answer another class for another body.
      if (typeMetadata.options?.discriminator || !typeMetadata.typeFunction || typeMetadata.typeFunction.length > 0) return undefined;
      if (typeMetadata.reflectedType === Map || typeMetadata.reflectedType === Set) return undefined;
      type = (typeMetadata.typeFunction as () => unknown)() as DtoClass;
      if (typeof type !== 'function' || CONVERTED.includes(type)) return undefined;
    }
    const descriptor = Object.getOwnPropertyDescriptor(target.prototype, name);
    return { type, readOnly: descriptor !== undefined && !descriptor.set };
  }

  private copy(value: unknown, type: DtoClass | undefined): unknown {
    if (Array.isArray(value)) {
      const copied: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return UNCOMPILED;
        const element = this.copy(value[i], type);
        if (element === UNCOMPILED) return UNCOMPILED;
        copied.push(element);
      }
      return copied;
    }
    if (value === null || typeof value !== 'object') return value;
    if (!isPlainObject(value)) return UNCOMPILED;
    if (type) return this.instanceOf(type, value as Record<string, unknown>) ?? UNCOMPILED;
    const copied: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__' || key === 'constructor') return UNCOMPILED;
      if (inheritedFromObject(key)) continue;
      const element = this.copy((value as Record<string, unknown>)[key], undefined);
      if (element === UNCOMPILED) return UNCOMPILED;
      copied[key] = element;
    }
    return copied;
  }
}
