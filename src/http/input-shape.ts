import { isWellFormedText } from '../kernel/well-formed-text';

/** Deeper JSON is refused before anything walks it (class-transformer recurses and overflows at ~3,000). */
export const MAX_INPUT_DEPTH = 32;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The rules of the input's shape, as named in a refusal's `errors[].rule`. */
export const SHAPE_RULES = ['maxDepth', 'wellFormedUnicode', 'forbiddenKey'] as const;

export interface ShapeProblem {
  field: string;
  rule: (typeof SHAPE_RULES)[number];
  message: string;
}

function pathOf(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}

/** The first thing in parsed input that no DTO should see: too deep, half a surrogate pair, or a prototype key. */
export function shapeProblem(value: unknown, field = '', depth = 0): ShapeProblem | undefined {
  if (typeof value === 'string') {
    return isWellFormedText(value)
      ? undefined
      : { field: field || 'body', rule: 'wellFormedUnicode', message: `${field || 'the input'} must be well-formed Unicode text` };
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_INPUT_DEPTH) return { field: field || 'body', rule: 'maxDepth', message: `the input nests deeper than ${MAX_INPUT_DEPTH} levels` };
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === 'string') {
      if (!isWellFormedText(key)) return { field: field || 'body', rule: 'wellFormedUnicode', message: 'a field name must be well-formed Unicode text' };
      if (FORBIDDEN_KEYS.has(key)) return { field: pathOf(field, key), rule: 'forbiddenKey', message: `property ${key} should not exist` };
    }
    const problem = shapeProblem(child, pathOf(field, key), depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The nesting depth of a JSON text, counted on its bytes before it is parsed (brackets inside strings do
 * not count). JSON.parse itself copes with deep input; whatever walks the result afterwards may not.
 */
export function jsonDepthExceeds(raw: Buffer, limit = MAX_INPUT_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) {
      inString = true;
    } else if (byte === 0x7b || byte === 0x5b) {
      if (++depth > limit) return true;
    } else if (byte === 0x7d || byte === 0x5d) {
      depth--;
    }
  }
  return false;
}
