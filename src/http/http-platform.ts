import { BadRequestException, HttpException } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { STATUS_CODES } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { AppConfig } from '../config/app-config';
import { compressAnswers } from './compressed-answers';
import { jsonDepthExceeds, MAX_INPUT_DEPTH } from './input-shape';
import { problemOf } from './problem.filter';

export const BODY_LIMIT_BYTES = 100 * 1024;

/**
 * The app's HTTP platform, Fastify (chosen by measurement: docs/performance.md), with what every route relies on:
 * body limits and parsers, the request and header timeouts, trusted proxies, security headers and compression.
 */
export function httpPlatform(config: AppConfig): FastifyAdapter {
  const adapter = new AppHttpPlatform({
    bodyLimit: BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    // Node checks the timeouts on this interval (30 s by default), so a slow request could outlive them by that much.
    http: { headersTimeout: Math.min(config.HEADERS_TIMEOUT_MS, config.REQUEST_TIMEOUT_MS), connectionsCheckingInterval: 1000 } as never,
    trustProxy: trustedProxies(config.TRUST_PROXY),
    frameworkErrors: answerFrameworkError,
  });
  const fastify = adapter.getInstance() as unknown as FastifyInstance;
  parseBodies(fastify);
  secureHeaders(fastify);
  compressAnswers(fastify);
  return adapter;
}

/** Fastify with our body parsers only: Nest would add its own on init unless every caller said `bodyParser: false`. */
class AppHttpPlatform extends FastifyAdapter {
  override registerParserMiddleware(): void {}
}

function trustedProxies(setting: string | undefined): number | string | undefined {
  if (!setting) return undefined;
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

/** A request Fastify refuses before any route sees it (a malformed URL, say) answers problem+json like every refusal. */
function answerFrameworkError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, problem } = problemOf(error);
  void reply.code(status).type('application/problem+json').send(JSON.stringify(problem));
}

/**
 * JSON (depth counted on the raw bytes, before JSON.parse and long before class-transformer would recurse into
 * it) and forms are parsed; any other body reaches its route unread, for uploads (src/http/request-body-stream.ts),
 * and a route expecting JSON then finds no body and refuses it by its DTO.
 */
function parseBodies(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, raw: Buffer, done) => {
    const refusal = encodingRefusal(request) ?? depthRefusal(raw);
    if (refusal) return done(refusal, undefined);
    if (raw.length === 0) return done(null, {});
    try {
      done(null, JSON.parse(raw.toString('utf8')));
    } catch (error) {
      done(bodyRefused(400, 'EntityParseFailed', (error as Error).message), undefined);
    }
  });
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, raw: string, done) => {
    const refusal = encodingRefusal(request);
    if (refusal) return done(refusal, undefined);
    done(null, { ...parseForm(raw) });
  });
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
}

/** Compressed bodies and charsets other than UTF-8 are refused, as the body parser did on Express. */
function encodingRefusal(request: FastifyRequest): Error | undefined {
  const encoding = String(request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') return bodyRefused(415, 'EncodingUnsupported', `unsupported content encoding "${encoding}"`);
  const charset = /;\s*charset=("?)([^";]+)\1/i.exec(String(request.headers['content-type'] ?? ''))?.[2]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return bodyRefused(415, 'CharsetUnsupported', `unsupported charset "${charset.toUpperCase()}"`);
  }
  return undefined;
}

function depthRefusal(raw: Buffer): Error | undefined {
  if (!jsonDepthExceeds(raw)) return undefined;
  const message = `the body nests deeper than ${MAX_INPUT_DEPTH} levels`;
  return new BadRequestException({
    error: 'Bad Request',
    code: 'ValidationFailed',
    message: [message],
    errors: [{ field: 'body', rule: 'maxDepth', message }],
  });
}

/** With the codes body-parser's refusals had on Express, so that clients see the same. */
function bodyRefused(status: number, code: string, message: string): HttpException {
  return new HttpException({ error: STATUS_CODES[status], code, message }, status);
}

/** Strict security headers; Swagger UI runs inline scripts, so /docs goes without the content security policy. */
function secureHeaders(fastify: FastifyInstance): void {
  const strict = headersOf(helmet());
  const forDocs = headersOf(helmet({ contentSecurityPolicy: false }));
  fastify.addHook('onRequest', (request, reply, done) => {
    const { set, removed } = request.url.startsWith('/docs') ? forDocs : strict;
    for (const name of removed) reply.raw.removeHeader(name);
    for (const [name, value] of set) reply.raw.setHeader(name, value);
    done();
  });
}

type HeaderValue = string | number | readonly string[];
interface FixedHeaders {
  set: [string, HeaderValue][];
  removed: string[];
}

/**
 * Helmet's headers depend on its options only, never on the request, so they are read off it once: running it per
 * request was 6 % of a command's time (run H in docs/performance.md).
 */
function headersOf(middleware: ReturnType<typeof helmet>): FixedHeaders {
  const headers: FixedHeaders = { set: [], removed: [] };
  const response = {
    setHeader: (name: string, value: HeaderValue) => headers.set.push([name, value]),
    removeHeader: (name: string) => headers.removed.push(name),
  };
  middleware({} as never, response as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}
