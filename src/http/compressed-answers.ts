import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { acceptedEncoding } from './accepted-encoding';

const THRESHOLD = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|javascript|xml|csv)|image\/svg\+xml)/;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Brotli or gzip for every answer above 1 KB, as the browser accepts (many users are on mobile data). zlib works
 * in node's thread pool, so a large report is compressed off the event loop. Streams and answers that already name
 * their encoding (the web interface's files come compressed, src/web/web-bundle.ts) are left as they are.
 */
export function compressAnswers(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    if (reply.hasHeader('content-encoding') || !COMPRESSIBLE.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    if (bytes.length < THRESHOLD) return payload;
    reply.header('vary', varyWithEncoding(reply.getHeader('vary')));
    const encoding = acceptedEncoding(request.headers['accept-encoding'], ['br', 'gzip', 'identity']);
    if (encoding !== 'br' && encoding !== 'gzip') return payload;
    const compressed = encoding === 'br' ? await brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : await gzipped(bytes);
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compressed;
  });
}

function varyWithEncoding(vary: unknown): string {
  const names = typeof vary === 'string' && vary !== '' ? vary.split(',').map((name) => name.trim()) : [];
  return names.some((name) => name.toLowerCase() === 'accept-encoding') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ');
}
