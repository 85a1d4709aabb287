import fc from 'fast-check';

/** Text an attacker sends: ill-formed Unicode, controls, direction marks, formulas, paths, huge and odd numbers. */
export const HOSTILE_TEXT = [
  '',
  ' ',
  'a\ud83d',
  '\udc00x',
  '\ud83d\ude00',
  '\u0000',
  '\u0000'.repeat(12),
  '\u202e\u2066evil',
  '\ufeff',
  'ﬃ',
  'e\u0301',
  'Ω',
  '%00',
  '%ED%A0%BD',
  '../../etc/passwd',
  '=1+1',
  'Plan now;=1+1',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'a'.repeat(5000),
  '2026-02-30',
  '0000-00-00',
  '9999-12-31T23:59:59Z',
  '1970-01-01T00:00:00+25:00',
  '-1',
  '-0',
  '0',
  '1e400',
  '-1e400',
  'NaN',
  'Infinity',
  '9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551616',
  '1/1',
  '0/0',
  '9223372036854775808/0',
  '0/9223372036854775808',
  '99999999999999999999999/1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'true',
  'null',
  '[]',
  '{}',
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, -1, 1, 0.5, 2 ** 31, 2 ** 53 + 1, 2 ** 63, 2 ** 64, -(2 ** 63), 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value, nested a little. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileText, fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Bodies no JSON serializer would write: deep nesting, numbers beyond double, escapes of half a surrogate pair, broken JSON. */
export const RAW_BODIES: string[] = [
  '['.repeat(3000) + ']'.repeat(3000),
  '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
  '['.repeat(33) + ']'.repeat(33),
  '{"email":"a\\ud83d@example.tj","password":"x"}',
  '{"email":"\\udc00@example.tj","password":"a long test passphrase"}',
  '{"__proto__":{"role":"coordinator"}}',
  '{"constructor":{"prototype":{"role":"coordinator"}}}',
  '{"page":1e400}',
  '{"participants":123456789012345678901234567890}',
  '{"dueDate":"2026-02-30"}',
  '{',
  '{"a":1,}',
  'null',
  '"text"',
  '123',
  '[]',
  '\u0000',
  '\ufeff{}',
];
