import type { DtoClass } from '../../src/http/compiled-validation/compiled-rules';
import fc from 'fast-check';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage: transformerMetadata } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

/**
 * Random JSON bodies for a DTO class, read from its own decorators: values its rules accept (at and around each
 * length, size and range boundary, the swagger example), values just outside them, wrong types, missing fields,
 * unknown fields, nested objects and arrays of them. Nothing here decides what is valid: class-validator does.
 */
type Json = unknown;

const OMITTED = Symbol('omitted');

const WRONG_TYPES: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, 0, -1, 1.5, '', ' ', 'x', true, false, [], {}, [null], ['x'], [[]], { a: 1 }, { valueOf: 1, toString: 'x', a: 2 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const PAST = fc.date({ min: new Date('1990-01-01'), max: new Date('2025-12-31'), noInvalidDate: true });
const FUTURE = fc.date({ min: new Date('2030-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });
const DATE_TIMES = PAST.chain((date) => fc.constantFrom(date.toISOString(), date.toISOString().slice(0, 19) + '+05:00', date.toISOString().slice(0, 10)));
const NEAR_DATE_TIMES = fc.oneof(
  FUTURE.map((date) => date.toISOString()),
  PAST.chain((date) =>
    fc.constantFrom(
      date.toISOString().slice(0, 16) + 'Z',
      date.toISOString().replace('Z', ''),
      date
        .toISOString()
        .slice(0, 10)
        .replace(/-(\d\d)$/, '-31'),
      date
        .toISOString()
        .slice(0, 10)
        .replace(/^(\d{4})-\d\d/, '$1-02')
        .replace(/-(\d\d)$/, '-30'),
    ),
  ),
);

/** What a field's rules accept (as far as they can be read) and what lies just outside. */
interface Values {
  valid: fc.Arbitrary<Json>[];
  near: fc.Arbitrary<Json>[];
}

function stringsOfLength(min: number | undefined, max: number | undefined): Values {
  const lower = min ?? 0;
  const upper = max ?? 40;
  const unit = fc.constantFrom('a', 'é', '😀', ' ', 'Я', '\u0301', 'b');
  const random = fc.string({ minLength: Math.min(lower, 40), maxLength: Math.min(upper, Math.max(lower, 40)), unit });
  const ofLength = (lengths: number[]) => fc.tuple(fc.constantFrom(...lengths), fc.constantFrom('a', '😀', 'ж')).map(([length, char]) => char.repeat(length));
  const inside = [lower, upper].filter((n) => n <= 5000);
  const outside = [lower - 1, upper + 1].filter((n) => n >= 0 && n <= 5001 && (max !== undefined || n < lower));
  return { valid: [random, ...(inside.length ? [ofLength(inside)] : [])], near: outside.length ? [ofLength(outside)] : [] };
}

function numbersAround(min: number | undefined, max: number | undefined, integer: boolean): Values {
  const lower = min ?? -1000;
  const upper = max ?? 1000;
  const edges = [min, max].filter((n): n is number => typeof n === 'number');
  const valid = [
    integer ? fc.integer({ min: lower, max: upper }) : fc.double({ noNaN: true, noDefaultInfinity: true, min: lower, max: upper }),
    ...(edges.length ? [fc.constantFrom(...edges)] : []),
  ];
  const near = [
    fc.constantFrom(lower - 1, upper + 1, lower + 0.5, String(lower), -0),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: lower - 2, max: upper + 2 }),
  ];
  return { valid, near };
}

function byName(metadatas: ValidationMetadata[], name: string): ValidationMetadata | undefined {
  return metadatas.find((metadata) => metadata.name?.toLowerCase() === name.toLowerCase());
}

function exampleOf(target: DtoClass, property: string): Json[] {
  const swagger = Reflect.getMetadata('swagger/apiModelProperties', target.prototype, property) as { example?: Json; enum?: Json[] } | undefined;
  return [...(swagger && 'example' in swagger ? [swagger.example] : []), ...(Array.isArray(swagger?.enum) ? swagger.enum : [])];
}

/** Values for one element (a scalar field, or each element of an `each` field), by the most telling rule. */
function scalars(target: DtoClass, property: string, metadatas: ValidationMetadata[]): Values {
  const has = (name: string) => byName(metadatas, name);
  const examples = exampleOf(target, property).map((example) => fc.constant(example));
  const length = has('isLength');
  const minLength = (length?.constraints[0] as number | undefined) ?? (has('minLength')?.constraints[0] as number | undefined);
  const maxLength = (length?.constraints[1] as number | undefined) ?? (has('maxLength')?.constraints[0] as number | undefined);
  const min = has('min')?.constraints[0] as number | undefined;
  const max = has('max')?.constraints[0] as number | undefined;
  const isIn = (has('isIn')?.constraints[0] ?? has('isEnum')?.constraints[1]) as Json[] | undefined;
  const matches = has('matches')?.constraints[0] as RegExp | undefined;
  let found: Values = { valid: [], near: [] };
  if (isIn?.length)
    found = {
      valid: [fc.constantFrom(...isIn)],
      near: [fc.constantFrom(...isIn).map((v) => `${String(v)}x`), fc.constantFrom(...isIn).map((v) => String(v).toUpperCase())],
    };
  else if (matches instanceof RegExp) {
    const matching = fc.stringMatching(new RegExp(matches.source, matches.flags.replace('g', '')), { size: 'small' });
    const dates = has('isIso8601') ? [DATE_TIMES.filter((date) => matches.test(date as string))] : [];
    found = {
      valid: dates.length ? dates : [matching],
      near: [matching.map((s) => `${s} `), matching.map((s) => s.slice(1)), ...(dates.length ? [matching, NEAR_DATE_TIMES] : [])],
    };
  } else if (has('isUuid'))
    found = {
      valid: [fc.uuid({ version: 4 }), fc.uuid()],
      near: [fc.uuid().map((id) => id.toUpperCase()), fc.uuid().map((id) => id.slice(1)), fc.uuid().map((id) => id.replace(/-/g, ''))],
    };
  else if (has('isIso8601') || has('isDateString') || has('notInFuture')) found = { valid: [DATE_TIMES], near: [NEAR_DATE_TIMES] };
  else if (has('isEmail'))
    found = { valid: [fc.emailAddress()], near: [fc.emailAddress().map((e) => e.replace('@', '')), fc.constant('a@b'), fc.constant(' a@b.tj')] };
  else if (has('isUrl'))
    found = {
      valid: [fc.constantFrom('https://maorif.tj/a.pdf', 'http://example.tj/report?id=3#p2', 'https://xn--80ak6aa92e.com/', 'https://a.b.tj:8080/x/y')],
      near: [fc.webUrl(), fc.webUrl({ validSchemes: ['ftp'] }), fc.constantFrom('http://x', 'https://', 'mailto:a@b.tj', 'maorif.tj/a')],
    };
  else if (has('isBase64')) found = { valid: [fc.base64String({ maxLength: 40 })], near: [fc.string({ maxLength: 10 })] };
  else if (has('isEventPosition'))
    found = {
      valid: [fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }), fc.bigInt({ min: 0n, max: 2n ** 63n - 1n })).map(([a, b]) => `${a}/${b}`)],
      near: [fc.constantFrom('9223372036854775808/0', '1', '1/2/3', '-1/0')],
    };
  else if (has('isString') || length || minLength !== undefined || maxLength !== undefined) found = stringsOfLength(minLength, maxLength);
  else if (has('isInt') || has('isNumber') || min !== undefined || max !== undefined) found = numbersAround(min, max, Boolean(has('isInt')));
  else if (has('isBoolean')) found = { valid: [fc.boolean()], near: [fc.constantFrom('true', 'false', 0, 1)] };
  if (length && (matches || isIn)) found.near.push(...stringsOfLength(minLength, maxLength).near);
  return { valid: [...found.valid, ...examples], near: found.near };
}

/** Weights against one wrong value (valid), one missing field or one unknown field (present). */
interface Noise {
  valid: number;
  present: number;
}
const QUIET: Noise = { valid: 120, present: 150 };
const NOISY: Noise = { valid: 10, present: 12 };

export class NearValidBodies {
  private readonly memo = new Map<DtoClass, fc.Arbitrary<Record<string, Json>>>();

  /** Bodies for the class, `depth` levels of nested DTOs deep: half of them with one thing or two wrong at most, half noisier. */
  of(target: DtoClass, depth = 2): fc.Arbitrary<Record<string, Json>> {
    const known = this.memo.get(target);
    if (known && depth === 2) return known;
    const json = fc.oneof(this.ofNoise(target, depth, QUIET), this.ofNoise(target, depth, NOISY));
    if (depth === 2) this.memo.set(target, json);
    return json;
  }

  private ofNoise(target: DtoClass, depth: number, noise: Noise): fc.Arbitrary<Record<string, Json>> {
    const grouped = getMetadataStorage().groupByPropertyName(
      getMetadataStorage().getTargetValidationMetadatas(target, undefined as unknown as string, false, false, undefined),
    );
    const fields: Record<string, fc.Arbitrary<Json>> = {};
    for (const [property, metadatas] of Object.entries(grouped)) {
      const conditional = metadatas.some((metadata) => metadata.type === ValidationTypes.CONDITIONAL_VALIDATION);
      fields[property] = fc.oneof(
        { weight: conditional ? 6 : noise.present, arbitrary: this.valueOf(target, property, metadatas, depth, noise) },
        { weight: conditional ? 4 : 1, arbitrary: fc.constant(OMITTED) },
      );
    }
    const extra = fc.oneof(
      { weight: noise.present, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('extra', 'note2', 'id', 'kind', 'évidence'), fc.jsonValue({ maxDepth: 1 })) },
    );
    const body = fc.tuple(fc.record(fields), extra).map(([record, more]) => {
      const present = Object.fromEntries(Object.entries(record).filter(([, value]) => value !== OMITTED));
      return more && !(more[0] in present) ? { ...present, [more[0]]: more[1] } : present;
    });
    return body.map((value) => JSON.parse(JSON.stringify(value)) as Record<string, Json>);
  }

  private valueOf(target: DtoClass, property: string, metadatas: ValidationMetadata[], depth: number, noise: Noise): fc.Arbitrary<Json> {
    const each = metadatas.filter((metadata) => metadata.each);
    const whole = metadatas.filter((metadata) => !metadata.each);
    const nestedType = metadatas.some((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION) ? this.nestedType(target, property) : undefined;
    const nested = nestedType && depth > 0 ? [this.of(nestedType, depth - 1)] : [];
    const isArray = Boolean(
      byName(whole, 'isArray') || byName(whole, 'arrayMaxSize') || byName(whole, 'arrayMinSize') || byName(whole, 'arrayNotEmpty') || each.length,
    );
    const ofElement = each.length ? scalars(target, property, each) : scalars(target, property, whole);
    const elementValid = [...nested, ...ofElement.valid];
    const element = elementValid.length ? fc.oneof(...elementValid) : WRONG_TYPES;
    const elementNear = ofElement.near.length ? fc.oneof(...ofElement.near) : WRONG_TYPES;
    let valid: fc.Arbitrary<Json> = element;
    let near: fc.Arbitrary<Json> = elementNear;
    if (isArray) {
      const maxSize = (byName(whole, 'arrayMaxSize')?.constraints[0] as number | undefined) ?? 5;
      const minSize = (byName(whole, 'arrayMinSize')?.constraints[0] as number | undefined) ?? (byName(whole, 'arrayNotEmpty') ? 1 : 0);
      const unique = Boolean(byName(whole, 'arrayUnique'));
      const size = { minLength: minSize, maxLength: Math.max(minSize, Math.min(maxSize, 4)) };
      const arrays = unique ? fc.uniqueArray(element, { ...size, selector: (v) => JSON.stringify(v) }) : fc.array(element, size);
      const atEdges = (sizes: number[]) =>
        fc.tuple(fc.constantFrom(...sizes), fc.array(element, { minLength: 1, maxLength: 1 })).map(([n, [one]]) => Array.from({ length: n }, () => one));
      const sizesOutside = [minSize - 1, maxSize + 1].filter((n) => n >= 0);
      valid = fc.oneof(arrays, ...(maxSize <= 50 && !unique ? [atEdges([minSize, maxSize])] : []));
      near = fc.oneof(
        fc.array(fc.oneof(element, elementNear), { minLength: 1, maxLength: 3 }),
        ...(sizesOutside.length ? [atEdges(sizesOutside)] : []),
        fc.array(fc.array(element, { maxLength: 2 }), { minLength: 1, maxLength: 2 }),
        element,
      );
    }
    return fc.oneof({ weight: noise.valid, arbitrary: valid }, { weight: 2, arbitrary: near }, { weight: 1, arbitrary: WRONG_TYPES });
  }

  private nestedType(target: DtoClass, property: string): DtoClass | undefined {
    const metadata = transformerMetadata.findTypeMetadata(target, property);
    const type = metadata?.typeFunction ? (metadata.typeFunction as () => unknown)() : undefined;
    return typeof type === 'function' ? (type as DtoClass) : undefined;
  }
}
