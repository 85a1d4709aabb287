import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One file the browser may ask for, in each encoding it may accept, compressed once when the app starts. */
export interface BundledFile {
  type: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

export interface WebBundle {
  /** The page at `/`, which names the hashed script and stylesheet. */
  page: BundledFile;
  /** By name under /ui/, e.g. `app-3JQ2KX7A.js`: the hash changes with the content, so each may be kept for a year. */
  files: Map<string, BundledFile>;
}

export function encoded(type: string, body: Buffer): BundledFile {
  return {
    type,
    identity: body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

/**
 * esbuild bundles and minifies the browser code in src/web/public (read where it is: in src/ under ts-node and
 * the tests, in dist/ as copied by the build) with Preact and htm, into one script and one stylesheet, and the Russian
 * and Tajik texts into a script each that the page fetches only for a reader of that language.
 */
async function bundleFrom(publicDirectory: string, page: (script: string, stylesheet: string) => string): Promise<WebBundle> {
  const result = await build({
    entryPoints: [join(publicDirectory, 'app.js'), join(publicDirectory, 'styles.css')],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    target: ['es2022'],
    outdir: '/ui',
    entryNames: '[name]-[hash]',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const files = new Map<string, BundledFile>();
  for (const output of result.outputFiles) {
    const name = output.path.slice(output.path.lastIndexOf('/') + 1);
    files.set(name, encoded(TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream', Buffer.from(output.contents)));
  }
  const named = (pattern: RegExp) => [...files.keys()].find((name) => pattern.test(name)) as string;
  return { files, page: encoded('text/html; charset=utf-8', Buffer.from(page(`/ui/${named(/^app-.*\.js$/)}`, `/ui/${named(/^styles-.*\.css$/)}`))) };
}

const bundles = new Map<string, Promise<WebBundle>>();

/** Bundled once per process and directory: the sources do not change under a running app. */
export function webBundle(publicDirectory: string, page: (script: string, stylesheet: string) => string): Promise<WebBundle> {
  let bundle = bundles.get(publicDirectory);
  if (!bundle) bundles.set(publicDirectory, (bundle = bundleFrom(publicDirectory, page)));
  return bundle;
}

const MANIFEST = 'manifest.json';

/** Writes a bundle to a directory (the build does, into dist/web/bundle), each encoding in its own file. */
export function writeWebBundle(bundle: WebBundle, directory: string): void {
  mkdirSync(directory, { recursive: true });
  const entries = [['index.html', bundle.page] as const, ...bundle.files.entries()];
  for (const [name, file] of entries) {
    writeFileSync(join(directory, name), file.identity);
    writeFileSync(join(directory, `${name}.gz`), file.gzip);
    writeFileSync(join(directory, `${name}.br`), file.br);
  }
  const manifest = Object.fromEntries(entries.map(([name, file]) => [name, { type: file.type, etag: file.etag }]));
  writeFileSync(join(directory, MANIFEST), JSON.stringify(manifest, null, 2));
}

/** The bundle the build wrote, or null when there is none (under ts-node and in the tests: bundled at start). */
export function readWebBundle(directory: string): WebBundle | null {
  if (!existsSync(join(directory, MANIFEST))) return null;
  const manifest = JSON.parse(readFileSync(join(directory, MANIFEST), 'utf8')) as Record<string, { type: string; etag: string }>;
  const read = (name: string): BundledFile => ({
    ...manifest[name],
    identity: readFileSync(join(directory, name)),
    gzip: readFileSync(join(directory, `${name}.gz`)),
    br: readFileSync(join(directory, `${name}.br`)),
  });
  const files = new Map(
    Object.keys(manifest)
      .filter((name) => name !== 'index.html')
      .map((name) => [name, read(name)]),
  );
  return { page: read('index.html'), files };
}
