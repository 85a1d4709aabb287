import fc from 'fast-check';
import { hostileJson, hostileNumber, hostileText, RAW_BODIES } from './hostile-values';
import type { RawRequest } from './raw-http';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- OpenAPI schemas as the document holds them
type Schema = Record<string, any>;

export interface Operation {
  method: string;
  path: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  body?: Schema;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/** Every operation of the document, with the schema of its JSON body resolved. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content['application/json']?.schema,
    })),
  );
}

/** What ids in paths and bodies are drawn from besides hostile text: ids that exist, so deeper code runs. */
export interface KnownIds {
  ids: string[];
}

function resolve(schema: Schema, document: OpenApiDocument): Schema {
  if (schema.$ref) return document.components.schemas[(schema.$ref as string).split('/').pop() as string];
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], document);
  return schema;
}

/** A value that fits the schema (roughly), so that validation passes and deeper code runs. */
function fitting(schema: Schema, document: OpenApiDocument, known: KnownIds, depth: number): fc.Arbitrary<unknown> {
  const s = resolve(schema, document);
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  const generated = byType(s, document, known, depth);
  return s.example === undefined ? generated : fc.oneof(fc.constant(s.example), generated);
}

function byType(s: Schema, document: OpenApiDocument, known: KnownIds, depth: number): fc.Arbitrary<unknown> {
  switch (s.type) {
    case 'string':
      if (s.format === 'date-time')
        return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      if (s.format === 'date')
        return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      return fc.oneof(fc.constantFrom(...known.ids), fc.string({ minLength: 3, maxLength: 30 }));
    case 'number':
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: s.maximum ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(s.items ? valueFor(s.items, document, known, depth - 1) : hostileJson, { maxLength: 3 });
    case 'object':
    default:
      return objectFor(s, document, known, depth);
  }
}

function objectFor(s: Schema, document: OpenApiDocument, known: KnownIds, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries((s.properties ?? {}) as Record<string, Schema>);
  if (depth <= 0 || properties.length === 0) return fc.dictionary(hostileText, hostileJson, { maxKeys: 3 });
  // Half the time every field fits (so commands succeed and later ones meet real state), else any may be hostile.
  const whole = fc.record(Object.fromEntries(properties.map(([name, child]) => [name, fitting(child, document, known, depth - 1)])));
  const record = Object.fromEntries(properties.map(([name, child]) => [name, valueFor(child, document, known, depth - 1)]));
  const extra = fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'unknownField', 'a\ud83d'), hostileJson, { maxKeys: 2 });
  const mixed = fc.tuple(fc.record(record, { requiredKeys: [] }), fc.option(extra, { freq: 4 })).map(([body, more]) => (more ? { ...body, ...more } : body));
  return fc.oneof(whole, mixed);
}

/** Mostly a fitting value, sometimes a hostile one: the mix that reaches deep code with bad input. */
function valueFor(schema: Schema, document: OpenApiDocument, known: KnownIds, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: fitting(schema, document, known, depth) }, { weight: 1, arbitrary: hostileJson });
}

/** Encodes text for a URL; half a surrogate pair becomes the bytes of an invalid UTF-8 sequence. */
function urlPart(text: string): string {
  return Array.from(text)
    .map((c) => (/[\ud800-\udfff]/.test(c) && c.length === 1 ? '%ED%A0%BD' : encodeURIComponent(c)))
    .join('');
}

function parameterValue(parameter: Operation['parameters'][number], known: KnownIds): fc.Arbitrary<string> {
  const schema = parameter.schema ?? {};
  const fitting = schema.enum
    ? fc.constantFrom(...(schema.enum as unknown[]).map(String))
    : fc.constantFrom(...known.ids, '1', '2', '0/0', '1/1', '2025-01-01');
  return fc.oneof(fitting, hostileText, hostileNumber.map(String));
}

/** A header value Node will send: Latin-1 without CR, LF or NUL. */
const headerText = hostileText.map((t) => t.replace(/[^\x20-\x7e\xa0-\xff]/g, '')).filter((t) => t.length > 0);

function headers(tokens: string[]): fc.Arbitrary<Record<string, string>> {
  return fc
    .record(
      {
        authorization: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...tokens.map((t) => `Bearer ${t}`)) },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              'Bearer x.y.z',
              'Bearer ft_00000000-0000-0000-0000-000000000000_0000000000000000_' + 'A'.repeat(43),
              'Basic YTpi',
              'Bearer',
            ),
          },
          { weight: 1, arbitrary: headerText.map((t) => `Bearer ${t}`) },
        ),
        'if-match': fc.oneof(fc.constantFrom('"0"', '"1"', 'W/"2"', '"-1"', '"99999999999999999999999"', '"abc"', '*', ''), headerText),
        'idempotency-key': fc.oneof(fc.constantFrom('fuzz-key-0001', 'fuzz-key-0002'), headerText),
        'x-correlation-id': headerText,
        'accept-language': fc.oneof(fc.constantFrom('ru', 'tg', 'en;q=0.5, ru', '*'), headerText),
        accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/pdf'),
      },
      { requiredKeys: ['authorization'] },
    )
    .chain((all) =>
      // Each optional header in about one request of five, so that most requests pass the header checks.
      fc
        .tuple(...Object.keys(all).map(() => fc.integer({ min: 0, max: 4 })))
        .map((dice) => Object.fromEntries(Object.entries(all).filter(([name], i) => name === 'authorization' || dice[i] === 0))),
    );
}

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
);

/** A request to one operation: path and query parameters, headers and a body, each fitting or hostile. */
export function requestFor(operation: Operation, document: OpenApiDocument, known: KnownIds, tokens: string[]): fc.Arbitrary<RawRequest> {
  const pathParameters = operation.parameters.filter((p) => p.in === 'path');
  const queryParameters = operation.parameters.filter((p) => p.in === 'query');
  const path = fc
    .tuple(...pathParameters.map((p) => parameterValue(p, known)))
    .map((values) => pathParameters.reduce((path, p, i) => path.replace(`{${p.name}}`, urlPart(values[i])), operation.path));
  const queryEntries = fc.tuple(
    ...queryParameters.map((p) =>
      fc.option(
        parameterValue(p, known).map((v) => `${encodeURIComponent(p.name)}=${urlPart(v)}`),
        { freq: 2 },
      ),
    ),
    fc.option(fc.constantFrom('__proto__=1', 'constructor[prototype]=1', 'page=1&page=2', 'unknown=1', 'page[]=1', '%ED%A0%BD=1'), { freq: 3 }),
  );
  const query = queryEntries.map((entries) => entries.filter((e): e is string => e !== null).join('&'));
  const json = operation.body
    ? valueFor(operation.body, document, known, 4).map((b) => JSON.stringify(b) ?? 'null')
    : hostileJson.map((b) => JSON.stringify(b) ?? 'null');
  const body = fc.oneof({ weight: 6, arbitrary: json }, { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) });
  const hasBody = operation.method !== 'GET';
  return fc
    .record({ path, query, headers: headers(tokens), body: hasBody ? fc.option(body, { freq: 10 }) : fc.constant(null), contentType })
    .map(({ path, query, headers, body, contentType }) => ({
      method: operation.method,
      path: query ? `${path}?${query}` : path,
      headers: body === null ? headers : { ...headers, 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) },
      body: body ?? undefined,
    }));
}
